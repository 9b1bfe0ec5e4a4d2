package org.imagingnetwork.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    private static boolean quietAt(QuietHours hours, String londonTime) {
        return hours.at(LocalDateTime.parse(londonTime).atZone(London.ZONE).toInstant());
    }

    @Test
    void theNightIsQuietAcrossMidnightInLondonTime() {
        assertThat(quietAt(NIGHT, "2026-12-07T20:59")).isFalse();
        assertThat(quietAt(NIGHT, "2026-12-07T21:00")).isTrue();
        assertThat(quietAt(NIGHT, "2026-12-08T00:30")).isTrue();
        assertThat(quietAt(NIGHT, "2026-12-08T07:59")).isTrue();
        assertThat(quietAt(NIGHT, "2026-12-08T08:00")).isFalse();
    }

    @Test
    void londonTimeNotUtcDecidesInSummer() {
        // 20:30 UTC is 21:30 in London in July: quiet; in December it is 20:30: not.
        assertThat(NIGHT.at(java.time.Instant.parse("2026-07-01T20:30:00Z"))).isTrue();
        assertThat(NIGHT.at(java.time.Instant.parse("2026-12-01T20:30:00Z"))).isFalse();
    }

    @Test
    void aDaytimeWindowAndNoWindowWorkToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(quietAt(lunch, "2026-12-07T12:30")).isTrue();
        assertThat(quietAt(lunch, "2026-12-07T13:00")).isFalse();
        QuietHours never = new QuietHours(LocalTime.of(8, 0), LocalTime.of(8, 0));
        assertThat(quietAt(never, "2026-12-07T03:00")).isFalse();
    }
}
