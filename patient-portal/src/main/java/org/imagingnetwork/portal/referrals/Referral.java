package org.imagingnetwork.portal.referrals;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.exam.ExamName;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;

/**
 * One referral as the patient sees it. {@code booking} is null when nothing is booked (templates
 * read nulls more plainly than Optionals); {@code shortNoticeHours} is 0 when the patient has not
 * offered to come at short notice.
 */
public record Referral(
        RequestId id,
        String examCode,
        String examName,
        Optional<String> examNameWelsh,
        Modality modality,
        String preparation,
        String preparationWelsh,
        Priority priority,
        RequestState state,
        Instant receivedAt,
        LocalDate breachDate,
        int shortNoticeHours,
        @Nullable Booking booking) {

    /** The live appointment of a referral. */
    public record Booking(
            AppointmentId id,
            Instant startsAt,
            Instant endsAt,
            String siteCode,
            String siteName,
            String sitePostcode,
            String roomName) {}

    public boolean bookable() {
        return state == RequestState.WAITING;
    }

    public boolean changeable() {
        return state == RequestState.APPOINTED && booking != null;
    }

    /** The exam's name in the reader's language. */
    public String examNameIn(Locale locale) {
        return new ExamName(examName, examNameWelsh).in(locale);
    }

    public String preparationIn(String language) {
        return "cy".equals(language) ? preparationWelsh : preparation;
    }
}
