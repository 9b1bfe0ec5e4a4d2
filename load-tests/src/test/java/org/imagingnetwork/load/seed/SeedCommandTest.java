package org.imagingnetwork.load.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedCommandTest {

    @Test
    void readsWhatToSeedWhereAndHowMany() {
        Seed.Command command = Seed.Command.parse(
                new String[] {"storm", "--slots", "200", "--offers", "5", "--channel", "5", "--out", "target/x"});
        assertThat(command.what()).isEqualTo("storm");
        assertThat(command.out()).isEqualTo(Path.of("target/x"));
        assertThat(command.number("slots")).isEqualTo(200);
        assertThat(command.number("channel")).isEqualTo(5);
    }

    @Test
    void badInputNamesTheOptionAtFault() {
        assertThatThrownBy(() -> Seed.Command.parse(new String[] {"people"}))
                .hasMessage("Say what to seed: tokens, patients, storm, channels or staff");
        assertThatThrownBy(() -> Seed.Command.parse(new String[] {"patients", "--count", "ten", "--out", "x"}))
                .hasMessage("--count must be a whole number, not ten");
        assertThatThrownBy(() -> Seed.Command.parse(new String[] {"patients", "--count", "0", "--out", "x"}))
                .hasMessage("--count must be 1 or more, not 0");
        assertThatThrownBy(() -> Seed.Command.parse(new String[] {"patients", "--out", "x"}))
                .hasMessage("--count is required for patients");
        assertThatThrownBy(() -> Seed.Command.parse(new String[] {"patients", "--count", "3"}))
                .hasMessage("--out is required: the directory for the feeder files");
        assertThatThrownBy(() -> Seed.Command.parse(new String[] {"tokens", "--slots", "3", "--out", "x"}))
                .hasMessage("unknown option --slots for tokens");
        assertThatThrownBy(() -> Seed.Command.parse(new String[] {"tokens", "--out"}))
                .hasMessage("--out needs a value");
    }
}
