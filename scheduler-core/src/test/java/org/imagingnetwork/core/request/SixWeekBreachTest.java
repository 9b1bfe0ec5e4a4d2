package org.imagingnetwork.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SixWeekBreachTest {

    @Test
    void breachIsSixWeeksAfterTheLondonDayOfReceipt() {
        assertThat(SixWeekBreach.dateFor(Instant.parse("2026-11-25T10:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void aReferralLateOnASummerEveningCountsFromTheNextLondonDay() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
        assertThat(SixWeekBreach.dateFor(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 8, 12));
    }

    @Test
    void aPlannedRequestCountsFromItsDueDateButNeverBreachesBeforeAnUnplannedOneWould() {
        Instant received = Instant.parse("2026-11-25T10:00:00Z");

        assertThat(SixWeekBreach.dateFor(received, Optional.of(LocalDate.of(2027, 3, 1))))
                .isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(SixWeekBreach.dateFor(received, Optional.of(LocalDate.of(2026, 11, 25))))
                .isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(SixWeekBreach.dateFor(received, Optional.empty())).isEqualTo(LocalDate.of(2027, 1, 6));
    }
}
