package org.imagingnetwork.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.outbox.RejectionNotice;
import org.imagingnetwork.core.request.RequestId;
import org.junit.jupiter.api.Test;

class ReferrerNoticeTest {

    private static final Instant REJECTED = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant DELIVERED = Instant.parse("2026-12-07T10:00:02Z");

    @Test
    void toldIsDatedWhenTheRisTookIt() {
        ReferrerNotice told = ReferrerNotice.of(notice(RejectionNotice.Progress.TOLD, Optional.of(DELIVERED), 1));

        assertThat(told.change()).isEqualTo("Referrer told");
        assertThat(told.at()).isEqualTo(DELIVERED);
    }

    @Test
    void sendingSaysHowOftenItWasTried() {
        assertThat(ReferrerNotice.of(notice(RejectionNotice.Progress.SENDING, Optional.empty(), 0))
                        .why())
                .isEqualTo("Waiting to be sent to the referring trust's RIS");
        assertThat(ReferrerNotice.of(notice(RejectionNotice.Progress.SENDING, Optional.empty(), 3))
                        .why())
                .contains("tried 3 times");
    }

    @Test
    void parkedSaysWhoCanSendItAgain() {
        ReferrerNotice parked = ReferrerNotice.of(notice(RejectionNotice.Progress.PARKED, Optional.empty(), 12));

        assertThat(parked.change()).isEqualTo("Referrer not told");
        assertThat(parked.at()).isEqualTo(REJECTED);
        assertThat(parked.why()).contains("after 12 tries").contains("parked RIS writes");
    }

    private static RejectionNotice notice(
            RejectionNotice.Progress progress, Optional<Instant> delivered, int attempts) {
        return new RejectionNotice(new RequestId(7), progress, REJECTED, delivered, attempts, Optional.empty());
    }
}
