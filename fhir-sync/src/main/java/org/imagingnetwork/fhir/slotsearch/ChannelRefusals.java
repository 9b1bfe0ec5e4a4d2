package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.imagingnetwork.core.booking.BookingOutcome;

/**
 * What a booking channel is told when its call cannot go ahead: an OperationOutcome whose issue names
 * the element ({@code expression}) at fault, with the HTTP status FHIR gives that kind of refusal.
 */
final class ChannelRefusals {

    private ChannelRefusals() {}

    /** An element is missing or malformed: 400. */
    static InvalidRequestException invalid(String element, String message) {
        return new InvalidRequestException(message, issue(element, message, OperationOutcome.IssueType.INVALID));
    }

    /** Well formed, but the booking rules refuse it: 422. */
    static UnprocessableEntityException unprocessable(String element, String message) {
        UnprocessableEntityException exception = new UnprocessableEntityException(message);
        exception.setOperationOutcome(issue(element, message, OperationOutcome.IssueType.BUSINESSRULE));
        return exception;
    }

    /** Someone else changed it first (a slot just taken): 409. */
    static ResourceVersionConflictException conflict(String element, String message) {
        ResourceVersionConflictException exception = new ResourceVersionConflictException(message);
        exception.setOperationOutcome(issue(element, message, OperationOutcome.IssueType.CONFLICT));
        return exception;
    }

    /** The If-Match version is not the appointment's version now: 412. */
    static PreconditionFailedException stale(int current) {
        String message = "The appointment has changed since you read it (it is at W/\"" + current
                + "\"); read it again and decide again";
        PreconditionFailedException exception = new PreconditionFailedException(message);
        exception.setOperationOutcome(issue("If-Match", message, OperationOutcome.IssueType.CONFLICT));
        return exception;
    }

    /** A change without If-Match: 428, so that no channel overwrites a change it has not seen. */
    static BaseServerResponseException versionRequired() {
        String message = "Send If-Match with the appointment's ETag as you read it, such as W/\"0\"";
        UnclassifiedServerFailureException exception = new UnclassifiedServerFailureException(428, message);
        exception.setOperationOutcome(issue("If-Match", message, OperationOutcome.IssueType.REQUIRED));
        return exception;
    }

    /** Nothing this channel may see has that id; whether it exists for others is not said: 404. */
    static ResourceNotFoundException notFound(String element, String message) {
        ResourceNotFoundException exception = new ResourceNotFoundException(message);
        exception.setOperationOutcome(issue(element, message, OperationOutcome.IssueType.NOTFOUND));
        return exception;
    }

    /** Why a booking or a move did not go ahead, as the channel's refusal. */
    static BaseServerResponseException of(BookingOutcome outcome) {
        if (outcome instanceof BookingOutcome.SlotTaken || outcome instanceof BookingOutcome.SlotHeld) {
            return conflict("Appointment.slot", "That slot has just been taken; search again");
        }
        if (outcome instanceof BookingOutcome.VersionConflict stale) {
            return stale(stale.current());
        }
        if (outcome instanceof BookingOutcome.AlreadyBooked already) {
            return unprocessable(
                    "Appointment.basedOn",
                    "The request already has appointment " + already.existing().value() + "; move that instead");
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
            return notFound.field().equals("appointment")
                    ? notFound("Appointment.id", "No appointment of yours has that id")
                    : unprocessable(
                            notFound.field().toLowerCase().contains("slot")
                                    ? "Appointment.slot"
                                    : "Appointment.basedOn",
                            "No such " + notFound.field());
        }
        BookingOutcome.Invalid invalid = (BookingOutcome.Invalid) outcome;
        String field = invalid.errors().get(0).field();
        return unprocessable(
                field.toLowerCase().contains("slot") ? "Appointment.slot" : "Appointment.status",
                invalid.errors().get(0).message());
    }

    static OperationOutcome information(String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics(message);
        return outcome;
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
}
