package org.imagingnetwork.portal.offers;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;

/**
 * An offer of a released slot to one patient, with what the page needs to show it. {@code current}
 * is the patient's present appointment for the request, if they have one (accepting moves it).
 */
public record Offer(
        UUID id,
        SlotId slot,
        RequestId request,
        PatientId patient,
        Instant expiresAt,
        String status,
        Instant slotStart,
        String siteName,
        String sitePostcode,
        String examName,
        @Nullable AppointmentId current,
        @Nullable Instant currentStart) {

    public boolean openAt(Instant now) {
        return "OFFERED".equals(status) && now.isBefore(expiresAt) && now.isBefore(slotStart);
    }
}
