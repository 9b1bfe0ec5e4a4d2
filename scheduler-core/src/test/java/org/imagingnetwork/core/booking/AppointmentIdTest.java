package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppointmentIdTest {

    @Test
    void isAVersionSevenUuidThatCarriesTheMillisecondItWasMadeIn() {
        Instant at = Instant.parse("2026-10-25T01:30:00.123Z");

        var id = AppointmentId.next(at).value();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void laterAppointmentsSortAfterEarlierOnesAndNoTwoAreAlike() {
        Instant at = Instant.parse("2027-03-28T00:59:59Z");
        Set<AppointmentId> seen = new HashSet<>();
        AppointmentId previous = AppointmentId.next(at);
        for (int i = 1; i <= 1_000; i++) {
            AppointmentId next = AppointmentId.next(at.plusMillis(i));
            // PostgreSQL orders uuids by their bytes, unsigned: compare the same way.
            assertThat(Long.compareUnsigned(
                            next.value().getMostSignificantBits(),
                            previous.value().getMostSignificantBits()))
                    .isPositive();
            assertThat(seen.add(next)).isTrue();
            previous = next;
        }
    }
}
