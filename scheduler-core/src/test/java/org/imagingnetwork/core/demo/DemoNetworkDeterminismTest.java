package org.imagingnetwork.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DemoNetworkDeterminismTest {

    @Test
    void sameSeedAndStartGiveAnEqualNetwork() {
        DemoNetwork first = DemoNetwork.generate(DemoPreset.SMALL, 7, LocalDate.of(2026, 12, 7));
        DemoNetwork second = DemoNetwork.generate(DemoPreset.SMALL, 7, LocalDate.of(2026, 12, 7));

        assertThat(second).isEqualTo(first);
        assertThat(Fingerprint.of(second)).isEqualTo(Fingerprint.of(first));
    }

    @Test
    void anotherSeedGivesAnotherNetworkOnTheSameSites() {
        DemoNetwork first = DemoNetwork.generate(DemoPreset.SMALL, 7, LocalDate.of(2026, 12, 7));
        DemoNetwork other = DemoNetwork.generate(DemoPreset.SMALL, 8, LocalDate.of(2026, 12, 7));

        assertThat(other.sites()).isEqualTo(first.sites());
        assertThat(other.patients()).isNotEqualTo(first.patients());
        assertThat(other.appointments()).isNotEqualTo(first.appointments());
    }

    @Test
    void anotherJvmGeneratesTheSameNetwork() throws IOException, InterruptedException {
        // Set and map iteration order changes between JVM runs; a generator that leaned on it would
        // pass the in-process test above and still differ here.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Fingerprint.class.getName(),
                        "7",
                        "2026-12-07")
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();

        String here = Fingerprint.of(DemoNetwork.generate(DemoPreset.SMALL, 7, LocalDate.of(2026, 12, 7)));

        assertThat(output.lines().reduce((a, b) -> b).orElse("")).isEqualTo(here);
    }
}
