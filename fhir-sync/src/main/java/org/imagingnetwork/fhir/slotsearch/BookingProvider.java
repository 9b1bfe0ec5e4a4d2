package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Optional;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.security.BearerAuthentication;

/**
 * {@code POST [base]/Appointment} against a free slot, for the patient of a request on the
 * waiting list: {@code slot} = {@code Slot/<id>}, {@code basedOn} = {@code ServiceRequest/<id>},
 * and a Patient participant by NHS number who must be the request's patient. The booking goes
 * through the booking service, so every rule and database guarantee of a booking holds.
 */
public final class BookingProvider implements IResourceProvider {

    private final BookingService bookings;
    private final SlotSearchRepository repository;

    BookingProvider(BookingService bookings, SlotSearchRepository repository) {
        this.bookings = bookings;
        this.repository = repository;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Appointment appointment, RequestDetails request) {
        BearerAuthentication.callerOf(request, String.class);
        if (appointment.getStatus() != Appointment.AppointmentStatus.BOOKED
                && appointment.getStatus() != Appointment.AppointmentStatus.PROPOSED) {
            throw invalid("Appointment.status", "Ask for a booking with status booked or proposed");
        }
        long slot = idOf(appointment.getSlot(), "Slot", "Appointment.slot", FhirSystems.SLOT);
        long requestId = idOf(appointment.getBasedOn(), "ServiceRequest", "Appointment.basedOn", FhirSystems.REQUEST);
        String nhsNumber = appointment.getParticipant().stream()
                .map(p -> p.getActor().getIdentifier())
                .filter(i -> FhirSystems.NHS_NUMBER.equals(i.getSystem()))
                .map(i -> i.getValue())
                .findFirst()
                .orElseThrow(() -> invalid(
                        "Appointment.participant.actor.identifier",
                        "Name the patient by NHS number (system " + FhirSystems.NHS_NUMBER + ")"));
        SlotSearchRepository.RequestOwner owner = repository
                .ownerOf(requestId)
                .filter(o -> o.nhsNumber().equals(nhsNumber))
                .orElseThrow(() -> unprocessable("Appointment.basedOn", "No request for this patient has that id"));
        BookingOutcome outcome = bookings.book(new Book(
                new RequestId(requestId),
                new SlotId(slot),
                Actor.patient(new PatientId(owner.patientId())),
                Optional.empty()));
        if (outcome instanceof BookingOutcome.Booked booked) {
            MethodOutcome created = new MethodOutcome(
                    new IdType("Appointment", booked.appointment().id().toString()), true);
            created.setOperationOutcome(
                    information("Booked: appointment " + booked.appointment().id()));
            return created;
        }
        throw refusal(outcome);
    }

    private static BaseServerResponseException refusal(BookingOutcome outcome) {
        if (outcome instanceof BookingOutcome.SlotTaken || outcome instanceof BookingOutcome.SlotHeld) {
            ResourceVersionConflictException conflict = new ResourceVersionConflictException(
                    "Appointment.slot: that slot has just been taken; search again");
            conflict.setOperationOutcome(issue(
                    "Appointment.slot",
                    "That slot has just been taken; search again",
                    OperationOutcome.IssueType.CONFLICT));
            return conflict;
        }
        if (outcome instanceof BookingOutcome.AlreadyBooked already) {
            return unprocessable(
                    "Appointment.basedOn",
                    "The request already has appointment " + already.existing() + "; reschedule that instead");
        }
        if (outcome instanceof BookingOutcome.NotAppointable notAppointable) {
            return unprocessable(
                    "Appointment.basedOn",
                    "The request is not on the waiting list (it is "
                            + notAppointable.state().name().toLowerCase().replace('_', ' ') + ")");
        }
        if (outcome instanceof BookingOutcome.NotEligible notEligible) {
            return unprocessable("Appointment.slot", notEligible.reason().message());
        }
        if (outcome instanceof BookingOutcome.NotFound notFound) {
            return unprocessable(
                    notFound.field().contains("slot") ? "Appointment.slot" : "Appointment.basedOn",
                    "No such " + notFound.field());
        }
        BookingOutcome.Invalid invalid = (BookingOutcome.Invalid) outcome;
        return unprocessable(
                invalid.errors().get(0).field().contains("slot") ? "Appointment.slot" : "Appointment",
                invalid.errors().get(0).message());
    }

    private static long idOf(java.util.List<Reference> references, String type, String element, String system) {
        for (Reference reference : references) {
            String value = null;
            if (reference.hasReference() && reference.getReference().startsWith(type + "/")) {
                value = reference.getReferenceElement().getIdPart();
            } else if (system.equals(reference.getIdentifier().getSystem())) {
                value = reference.getIdentifier().getValue();
            }
            if (value != null && value.matches("[0-9]{1,18}")) {
                return Long.parseLong(value);
            }
        }
        throw invalid(element, "Name the " + type + " as " + type + "/<id>");
    }

    private static InvalidRequestException invalid(String element, String message) {
        return new InvalidRequestException(message, issue(element, message, OperationOutcome.IssueType.INVALID));
    }

    private static UnprocessableEntityException unprocessable(String element, String message) {
        UnprocessableEntityException exception = new UnprocessableEntityException(message);
        exception.setOperationOutcome(issue(element, message, OperationOutcome.IssueType.BUSINESSRULE));
        return exception;
    }

    private static OperationOutcome issue(String element, String message, OperationOutcome.IssueType type) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(type)
                .setDiagnostics(message)
                .addExpression(element);
        return outcome;
    }

    private static OperationOutcome information(String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics(message);
        return outcome;
    }
}
