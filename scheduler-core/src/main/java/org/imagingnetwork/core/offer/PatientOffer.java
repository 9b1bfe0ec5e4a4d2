package org.imagingnetwork.core.offer;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.exam.ExamName;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;

/**
 * An offer as its patient sees it: the slot, where, for which exam, and the appointment they have
 * now for the request, if any (accepting moves it).
 */
public record PatientOffer(
        OfferId id,
        SlotId slot,
        RequestId request,
        PatientId patient,
        OfferStatus status,
        Instant expiresAt,
        Instant slotStart,
        String siteName,
        String sitePostcode,
        String examName,
        Optional<String> examNameWelsh,
        Optional<AppointmentId> current,
        Optional<Instant> currentStart) {

    public PatientOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(currentStart, "currentStart");
    }

    /** The exam's name in the reader's language. */
    public String examNameIn(Locale locale) {
        return new ExamName(examName, examNameWelsh).in(locale);
    }

    /** Whether it can still be accepted: open, not expired, and the appointment not started. */
    public boolean openAt(Instant now) {
        return status == OfferStatus.OPEN && now.isBefore(expiresAt) && now.isBefore(slotStart);
    }

    /** Whether it ran out unanswered (as opposed to going to someone else, or being answered). */
    public boolean expiredAt(Instant now) {
        return status == OfferStatus.EXPIRED || (status == OfferStatus.OPEN && !now.isBefore(expiresAt));
    }
}
