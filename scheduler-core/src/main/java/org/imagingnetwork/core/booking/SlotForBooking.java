package org.imagingnetwork.core.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.OdsCode;

/** A slot, locked for the length of a booking transaction, with what deciding eligibility needs. */
public record SlotForBooking(
        SlotId id,
        SlotStatus status,
        Instant startsAt,
        Instant endsAt,
        SessionStatus sessionStatus,
        Set<ExamCode> allowedExams,
        String room,
        Set<Capability> roomCapabilities,
        OptionalInt roomMaxWeightKg,
        OdsCode site,
        OptionalInt siteMinChildAge,
        OdsCode owningTrust) {

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }
}
