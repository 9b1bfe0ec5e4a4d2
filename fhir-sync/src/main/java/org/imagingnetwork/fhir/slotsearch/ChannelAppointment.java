package org.imagingnetwork.fhir.slotsearch;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.fhir.mapping.FhirStatuses;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.mapping.FhirTimes;
import org.imagingnetwork.fhir.mapping.UkCoreProfiles;

/**
 * An appointment as the channel that booked it reads it. {@code version} is the row's own version,
 * raised by every change, and is the resource's version ({@code ETag: W/"<version>"}) that a change
 * must name in {@code If-Match}.
 */
record ChannelAppointment(
        UUID id,
        int version,
        AppointmentStatus status,
        long request,
        long patientId,
        String nhsNumber,
        String exam,
        String examName,
        long slot,
        String site,
        String siteName,
        Instant start,
        Instant end,
        Instant bookedAt,
        Optional<String> endReason) {

    Appointment toFhir() {
        Appointment appointment = new Appointment();
        appointment.setId(new IdType("Appointment", id.toString(), Integer.toString(version)));
        appointment.getMeta().setVersionId(Integer.toString(version)).addProfile(UkCoreProfiles.APPOINTMENT);
        appointment.addIdentifier(
                new Identifier().setSystem(FhirSystems.APPOINTMENT).setValue(id.toString()));
        appointment.setStatus(FhirStatuses.of(status));
        endReason.ifPresent(reason -> appointment.setCancelationReason(new CodeableConcept().setText(reason)));
        appointment.addServiceType(new CodeableConcept(new Coding(FhirSystems.EXAM, exam, examName)));
        appointment.setStartElement(FhirTimes.instant(start));
        appointment.setEndElement(FhirTimes.instant(end));
        appointment.setCreatedElement(FhirTimes.dateTime(bookedAt));
        appointment.addSlot(new Reference("Slot/" + slot));
        appointment.addBasedOn(new Reference("ServiceRequest/" + request));
        appointment
                .addParticipant()
                .setActor(new Reference()
                        .setType("Patient")
                        .setIdentifier(new Identifier()
                                .setSystem(FhirSystems.NHS_NUMBER)
                                .setValue(nhsNumber)));
        appointment.addParticipant().setActor(new Reference("Location/" + site).setDisplay(siteName));
        appointment
                .getParticipant()
                .forEach(participant -> participant
                        .setRequired(Appointment.ParticipantRequired.REQUIRED)
                        .setStatus(Appointment.ParticipationStatus.ACCEPTED));
        return appointment;
    }
}
