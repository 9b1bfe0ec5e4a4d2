package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.security.BearerAuthentication;

/**
 * GP Connect's way to a patient's appointments: {@code GET [base]/Patient?identifier=<NHS number>}
 * gives the patient's id, then {@code GET [base]/Patient/<id>/Appointment}. A channel finds only
 * patients it has booked for; anyone else is not found, so a channel cannot learn who else is known.
 */
public final class ChannelPatientProvider implements IResourceProvider {

    private final ChannelAppointments appointments;

    ChannelPatientProvider(ChannelAppointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Search
    public List<Patient> search(
            @RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier, RequestDetails request) {
        String channel = BearerAuthentication.callerOf(request, String.class);
        String nhsNumber = ChannelAppointmentProvider.nhsNumber(identifier, "identifier");
        return appointments.patientIdOf(channel, nhsNumber).stream()
                .map(id -> patient(Long.toString(id), nhsNumber))
                .toList();
    }

    @Search(compartmentName = "Appointment")
    public List<Appointment> appointments(
            @IdParam IdType patient,
            @OptionalParam(name = "start") DateRangeParam start,
            @OptionalParam(name = Appointment.SP_DATE) DateRangeParam date,
            RequestDetails request) {
        String channel = BearerAuthentication.callerOf(request, String.class);
        String id = patient.getIdPart();
        String nhsNumber = id != null && id.matches("[0-9]{1,18}")
                ? appointments.nhsNumberOf(channel, Long.parseLong(id)).orElse(null)
                : null;
        if (nhsNumber == null) {
            throw ChannelRefusals.notFound("Patient.id", "No patient you have booked for has that id");
        }
        return ChannelAppointmentProvider.ofPatient(appointments, channel, nhsNumber, start, date);
    }

    private static Patient patient(String id, String nhsNumber) {
        Patient patient = new Patient();
        patient.setId(new IdType("Patient", id));
        patient.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
        patient.addIdentifier(new Identifier().setSystem(FhirSystems.NHS_NUMBER).setValue(nhsNumber));
        return patient;
    }
}
