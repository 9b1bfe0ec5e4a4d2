package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @ParameterizedTest(name = "{0} reads {1} in English and {2} in Welsh")
    @CsvSource({
        // Winter (GMT) and summer (BST) moments, so the London clock decides the hour.
        "2026-12-07T09:30:00Z, 9:30am, 9:30yb",
        "2026-12-07T14:00:00Z, 2pm, 2yh",
        "2026-12-07T12:05:00Z, 12:05pm, 12:05yh",
        "2026-12-07T00:15:00Z, 12:15am, 12:15yb",
        "2026-07-07T08:30:00Z, 9:30am, 9:30yb"
    })
    void timesFollowThePagesLanguage(String moment, String english, String welsh) {
        Instant at = Instant.parse(moment);

        assertThat(Display.time(at, Locale.UK)).isEqualTo(english);
        assertThat(Display.time(at, WELSH)).isEqualTo(welsh);
    }
}
