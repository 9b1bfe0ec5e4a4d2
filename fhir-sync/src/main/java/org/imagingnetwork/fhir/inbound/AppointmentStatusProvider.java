package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.jdbc.RequestTransitions;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.Transition;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.security.BearerAuthentication;

/**
 * {@code PUT [base]/Appointment/<our id>} (or {@code ?identifier=<our system>|<id>}) with status
 * arrived, fulfilled or noshow. The appointment and its request move together in one transaction,
 * with a {@code STATUS} outbox row so the RIS at the appointment's site holds the new status too:
 * arrived or fulfilled → attended, noshow → did not attend. Sending the same status again is a
 * harmless repeat and queues nothing.
 */
public final class AppointmentStatusProvider implements IResourceProvider {

    private static final Map<Appointment.AppointmentStatus, AppointmentStatus> ACCEPTED = Map.of(
            Appointment.AppointmentStatus.ARRIVED, AppointmentStatus.ARRIVED,
            Appointment.AppointmentStatus.FULFILLED, AppointmentStatus.FULFILLED,
            Appointment.AppointmentStatus.NOSHOW, AppointmentStatus.NOSHOW);

    private final RisFeedRepository repository;
    private final FhirContext context;
    private final Clock clock;

    AppointmentStatusProvider(RisFeedRepository repository, FhirContext context, Clock clock) {
        this.repository = repository;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Update
    public MethodOutcome update(
            @ResourceParam Appointment appointment,
            @IdParam IdType id,
            @ConditionalUrlParam String conditionalUrl,
            RequestDetails request) {
        OdsCode caller = BearerAuthentication.callerOf(request, OdsCode.class);
        UUID appointmentId = appointmentId(id, conditionalUrl);
        AppointmentStatus wanted = ACCEPTED.get(appointment.getStatus());
        if (wanted == null) {
            throw Refusals.invalid("Appointment.status", "Only arrived, fulfilled and noshow can be reported");
        }
        String change = repository.jdbi().inTransaction(handle -> {
            RisFeedRepository.HeldAppointment held = repository
                    .lockForTrust(handle, appointmentId, caller)
                    .orElseThrow(() -> Refusals.notFound("Appointment.id", "No such appointment for your trust"));
            if (held.status() == wanted) {
                return "already " + wanted.name().toLowerCase();
            }
            Optional<RequestState> requestMove = requestMove(held.status(), wanted);
            if (requestMove.isEmpty()) {
                throw Refusals.unprocessable(
                        context,
                        List.of(new Refusals.Issue(
                                "Appointment.status",
                                "A " + held.status().name().toLowerCase() + " appointment cannot become "
                                        + appointment.getStatus().toCode())));
            }
            Instant now = clock.instant();
            repository.setStatus(handle, held, wanted, now);
            RequestState target = requestMove.get();
            if (target != held.requestState()) {
                boolean moved = held.requestState().canMoveTo(target)
                        && RequestTransitions.apply(
                                handle,
                                Transition.of(
                                        held.request(),
                                        held.requestState(),
                                        target,
                                        "ris:" + caller.value(),
                                        "RIS reported the appointment "
                                                + appointment.getStatus().toCode(),
                                        now));
                if (!moved) {
                    throw Refusals.unprocessable(
                            context,
                            List.of(new Refusals.Issue(
                                    "Appointment.status",
                                    "The request is "
                                            + held.requestState()
                                                    .name()
                                                    .toLowerCase()
                                                    .replace('_', ' ') + " and cannot be marked "
                                            + target.name().toLowerCase().replace('_', ' '))));
                }
            }
            return "now " + wanted.name().toLowerCase();
        });
        MethodOutcome outcome = new MethodOutcome(new IdType("Appointment", appointmentId.toString()), false);
        outcome.setOperationOutcome(Refusals.information("Appointment " + change));
        return outcome;
    }

    /** The request state an appointment status change brings, if the change is allowed at all. */
    private static Optional<RequestState> requestMove(AppointmentStatus from, AppointmentStatus to) {
        if (from == AppointmentStatus.BOOKED) {
            return Optional.of(to == AppointmentStatus.NOSHOW ? RequestState.DID_NOT_ATTEND : RequestState.ATTENDED);
        }
        if (from == AppointmentStatus.ARRIVED && to == AppointmentStatus.FULFILLED) {
            return Optional.of(RequestState.ATTENDED);
        }
        return Optional.empty();
    }

    private static UUID appointmentId(IdType id, String conditionalUrl) {
        String value = null;
        if (id != null && id.hasIdPart()) {
            value = id.getIdPart();
        } else if (conditionalUrl != null) {
            String prefix = "identifier=" + FhirSystems.APPOINTMENT + "|";
            String query = java.net.URLDecoder.decode(
                    conditionalUrl.substring(conditionalUrl.indexOf('?') + 1), java.nio.charset.StandardCharsets.UTF_8);
            value = query.startsWith(prefix) ? query.substring(prefix.length()).split("&")[0] : null;
        }
        try {
            return UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid(
                    "Appointment.id",
                    "Name the appointment by our id, or identifier=" + FhirSystems.APPOINTMENT + "|<id>");
        }
    }
}
