package org.imagingnetwork.core.diary;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;

/**
 * A slot locked for a diary change: its status and the version that status was read at, its session's
 * status, the live appointment in it and its patient if any, and whether it carries an open block of its own (as well
 * as, or instead of, its session's).
 */
public record SlotInDiary(
        SlotId id,
        SessionId session,
        String room,
        OdsCode site,
        OdsCode trust,
        Instant startsAt,
        SlotStatus status,
        int version,
        SessionStatus sessionStatus,
        Optional<AppointmentId> liveAppointment,
        Optional<PatientId> bookedPatient,
        boolean blockedOnItsOwn) {

    /** The status the slot has when nothing blocks it: booked while an appointment holds it, else free. */
    public SlotStatus openStatus() {
        return liveAppointment.isPresent() ? SlotStatus.BOOKED : SlotStatus.FREE;
    }
}
