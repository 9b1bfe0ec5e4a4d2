package org.imagingnetwork.fhir.mapping;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.imagingnetwork.core.booking.AppointmentStatus;

/**
 * Our appointment as a FHIR R4 {@code Appointment} for the owning trust's RIS. Every reference is
 * logical (by identifier), so the RIS need not hold our Patient, Location or Slot ids: it matches
 * the patient by NHS number and the site by ODS code, as trust systems already do.
 */
public final class AppointmentMapper {

    static final String CANCELLATION_REASONS = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";

    private AppointmentMapper() {}

    public static Appointment toFhir(AppointmentSnapshot snapshot) {
        Appointment appointment = new Appointment();
        appointment.getMeta().addProfile(UkCoreProfiles.APPOINTMENT);
        SyncSequence.stamp(appointment, snapshot.sequence());
        appointment.addIdentifier(identifier(snapshot));
        appointment.setStatus(FhirStatuses.of(snapshot.status()));
        if (snapshot.status() == AppointmentStatus.MOVED) {
            appointment.setCancelationReason(new CodeableConcept(new Coding(CANCELLATION_REASONS, "pat", "Patient"))
                    .setText("The patient moved to another appointment"));
        } else if (snapshot.status() == AppointmentStatus.CANCELLED) {
            appointment.setCancelationReason(new CodeableConcept().setText("Cancelled in the network diary"));
        }
        appointment.addServiceType(
                new CodeableConcept(new Coding(FhirSystems.EXAM, snapshot.exam().value(), snapshot.examName())));
        appointment.setStartElement(FhirTimes.instant(snapshot.start()));
        appointment.setEndElement(FhirTimes.instant(snapshot.end()));
        appointment.setMinutesDuration((int)
                java.time.Duration.between(snapshot.start(), snapshot.end()).toMinutes());
        appointment.setCreatedElement(FhirTimes.dateTime(snapshot.bookedAt()));
        appointment.addSlot(logical("Slot", FhirSystems.SLOT, snapshot.slot().toString()));
        appointment.addBasedOn(logical(
                "ServiceRequest", FhirSystems.REQUEST, snapshot.request().toString()));
        appointment.addParticipant(participant(
                logical("Patient", FhirSystems.NHS_NUMBER, snapshot.patient().value())));
        appointment.addParticipant(participant(
                logical("Location", FhirSystems.ODS_SITE, snapshot.site().value())
                        .setDisplay(snapshot.siteName())));
        return appointment;
    }

    public static Identifier identifier(AppointmentSnapshot snapshot) {
        return new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(FhirSystems.APPOINTMENT)
                .setValue(snapshot.id().toString());
    }

    private static AppointmentParticipantComponent participant(Reference actor) {
        return new AppointmentParticipantComponent()
                .setActor(actor)
                .setRequired(ParticipantRequired.REQUIRED)
                .setStatus(ParticipationStatus.ACCEPTED);
    }

    static Reference logical(String type, String system, String value) {
        return new Reference()
                .setType(type)
                .setIdentifier(new Identifier().setSystem(system).setValue(value));
    }
}
