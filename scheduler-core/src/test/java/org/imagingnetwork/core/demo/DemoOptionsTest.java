package org.imagingnetwork.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

    // 23:30 UTC on Sunday 25 October 2026, the night the clocks went back: still Sunday in London (GMT).
    private static final Clock SUNDAY_NIGHT = Clock.fixed(Instant.parse("2026-10-25T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void defaultsToTheFullNetworkFromNextMondayInLondon() {
        DemoOptions options = DemoOptions.parse(new String[0], SUNDAY_NIGHT);

        assertThat(options.preset()).isEqualTo(DemoPreset.FULL);
        assertThat(options.seed()).isEqualTo(DemoOptions.DEFAULT_SEED);
        assertThat(options.start()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(options.database()).isEqualTo("imaging_demo");
        assertThat(options.envFile()).isEmpty();
    }

    @Test
    void nextMondayIsTheLondonDaysNextMondayNotUtcs() {
        // 23:30 UTC on Sunday 28 June 2026 is 00:30 BST on Monday 29th, so the next Monday is 6 July.
        Clock mondayInLondon = Clock.fixed(Instant.parse("2026-06-28T23:30:00Z"), ZoneOffset.UTC);

        assertThat(DemoNetwork.nextMonday(mondayInLondon)).isEqualTo(LocalDate.of(2026, 7, 6));
    }

    @Test
    void readsEveryOption() {
        DemoOptions options = DemoOptions.parse(
                new String[] {
                    "--preset",
                    "small",
                    "--seed",
                    "42",
                    "--start",
                    "2027-03-22",
                    "--database",
                    "demo_two",
                    "--env-file",
                    "/tmp/demo.env"
                },
                SUNDAY_NIGHT);

        assertThat(options)
                .isEqualTo(new DemoOptions(
                        DemoPreset.SMALL,
                        42,
                        LocalDate.of(2027, 3, 22),
                        "demo_two",
                        java.util.Optional.of(Path.of("/tmp/demo.env"))));
    }

    @Test
    void badInputNamesTheOption() {
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--preset", "HUGE"}, SUNDAY_NIGHT))
                .hasMessageStartingWith("--preset");
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--seed", "forty"}, SUNDAY_NIGHT))
                .hasMessageStartingWith("--seed");
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--start", "07/12/2026"}, SUNDAY_NIGHT))
                .hasMessageStartingWith("--start");
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--database", "demo; drop"}, SUNDAY_NIGHT))
                .hasMessageStartingWith("--database");
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--seed"}, SUNDAY_NIGHT))
                .hasMessage("--seed needs a value");
        assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--colour", "blue"}, SUNDAY_NIGHT))
                .hasMessage("unknown option --colour");
    }
}
