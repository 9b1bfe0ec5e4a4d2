package org.imagingnetwork.core.booking;

import java.time.Period;
import java.util.Optional;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Whether a slot can take a request: the clinical and equipment rules a radiographer would apply
 * before accepting the booking. Pure, so the same rules serve booking, search and the optimiser.
 */
public final class Eligibility {

    private Eligibility() {}

    /** The first reason the slot cannot take the request, or empty when it can. */
    public static Optional<FieldError> check(SlotForBooking slot, RequestForBooking request) {
        if (slot.status() == SlotStatus.BLOCKED || slot.sessionStatus() != SessionStatus.RELEASED) {
            return reason("slot", "This appointment time is not open for booking");
        }
        if (!slot.allowedExams().contains(request.exam())) {
            return reason("slot", "This clinic does not do " + request.exam() + " examinations");
        }
        if (!slot.roomCapabilities().containsAll(request.requiredCapabilities())) {
            return reason("slot", "This room does not have the equipment the examination needs");
        }
        int age = ageOn(request, slot);
        if (age < 18
                && (slot.siteMinChildAge().isEmpty()
                        || age < slot.siteMinChildAge().getAsInt())) {
            return reason("slot", "This site does not see children of the patient's age");
        }
        if (request.durationFor(age).compareTo(slot.length()) > 0) {
            return reason("slot", "This appointment is too short for the examination");
        }
        if (request.needs().weightKg().isPresent()
                && request.needs().weightKg().getAsInt()
                        > slot.roomMaxWeightKg().orElse(150)) {
            return reason("slot", "The table in this room cannot take the patient's weight");
        }
        if (request.needs().needsGeneralAnaesthetic()
                && !slot.roomCapabilities().contains(Capability.GENERAL_ANAESTHETIC_SUPPORT)) {
            return reason("slot", "This room cannot support a general anaesthetic");
        }
        if (!request.preferences().accepts(slot.site())) {
            return reason("slot", "The patient has not chosen this site");
        }
        return Optional.empty();
    }

    private static int ageOn(RequestForBooking request, SlotForBooking slot) {
        return Period.between(request.patientDateOfBirth(), London.clinicDay(slot.startsAt()))
                .getYears();
    }

    private static Optional<FieldError> reason(String field, String message) {
        return Optional.of(new FieldError(field, message));
    }
}
