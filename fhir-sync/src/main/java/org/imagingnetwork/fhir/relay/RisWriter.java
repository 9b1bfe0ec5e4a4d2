package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.fhir.mapping.AppointmentMapper;
import org.imagingnetwork.fhir.mapping.AppointmentSnapshot;
import org.imagingnetwork.fhir.mapping.RejectionSnapshot;
import org.imagingnetwork.fhir.mapping.SlotMapper;
import org.imagingnetwork.fhir.mapping.SlotSnapshot;
import org.imagingnetwork.fhir.mapping.SyncSequence;
import org.imagingnetwork.fhir.mapping.TaskMapper;

/**
 * Writes one delivery to its RIS: the Appointment, then the Slot (a slot's own change writes only
 * the Slot, as a conditional update keyed by our slot identifier; a rejected referral only its
 * Task, keyed by our rejection identifier). Each write is idempotent and
 * ordered by our sequence: create only if no resource has our identifier ({@code If-None-Exist}),
 * otherwise replace it by identifier with {@code If-Match} on the version just read, and only if
 * the RIS copy reflects an older change than this one. A lost answer, a retry or a second relay
 * can therefore never duplicate a resource or put an older state back.
 */
final class RisWriter {

    /** Concurrent writers to one resource settle in a round or two; beyond this, retry later. */
    private static final int ROUNDS = 4;

    private final RisClients clients;
    private final Duration requestLimit;
    private final Clock clock;

    RisWriter(RisClients clients, Duration requestLimit, Clock clock) {
        this.clients = clients;
        this.requestLimit = requestLimit;
        this.clock = clock;
    }

    /**
     * Writes the delivery; no request starts unless it can end by {@code leaseEnds}, so the write
     * never outlives the relay's lease on its row (the rest is done next time, idempotently).
     */
    WriteResult write(Delivery delivery, Instant leaseEnds) {
        IGenericClient client = clients.forBase(delivery.risBaseUrl());
        Deadline deadline = new Deadline(leaseEnds);
        try {
            // A booking is almost always new to the RIS: try the conditional create first and read
            // only if the RIS already had it. Later changes read first, as the resource exists. A slot's
            // own change is usually about a slot no booking ever sent (staff block free time, or add a
            // session), so it too tries the create first.
            boolean createFirst = delivery.row().change() == OutboxChange.BOOKED
                    || delivery.row().change() == OutboxChange.SLOT_STATUS;
            if (delivery.rejection().isPresent()) {
                // A referral is rejected once: the Task is new to the RIS unless a lost answer or a second
                // relay already wrote it, which the conditional create finds.
                RejectionSnapshot rejection = delivery.rejection().get();
                return write(
                        client,
                        TaskMapper.toFhir(rejection),
                        TaskMapper.identifier(rejection),
                        rejection.sequence(),
                        true,
                        deadline);
            }
            SlotSnapshot slot = delivery.slot().orElseThrow();
            if (delivery.appointment().isPresent()) {
                AppointmentSnapshot appointment = delivery.appointment().get();
                WriteResult written = write(
                        client,
                        AppointmentMapper.toFhir(appointment),
                        AppointmentMapper.identifier(appointment),
                        appointment.sequence(),
                        createFirst,
                        deadline);
                if (!(written instanceof WriteResult.Written)) {
                    return written;
                }
            }
            return write(
                    client,
                    SlotMapper.toFhir(slot),
                    SlotMapper.identifier(slot),
                    slot.sequence(),
                    createFirst,
                    deadline);
        } catch (LeaseRunningOut e) {
            return new WriteResult.TryLater("The relay's lease ran out before the write was finished", false);
        } catch (FhirClientConnectionException e) {
            return new WriteResult.TryLater("No answer from the RIS: " + brief(e.getMessage()), true);
        } catch (BaseServerResponseException e) {
            return classify(e);
        }
    }

    private WriteResult write(
            IGenericClient client,
            Resource resource,
            Identifier identifier,
            long sequence,
            boolean createFirst,
            Deadline deadline) {
        String condition = resource.fhirType() + "?identifier=" + identifier.getSystem() + "|" + identifier.getValue();
        if (createFirst) {
            deadline.checkRoomForRequest();
            if (Boolean.TRUE.equals(client.create()
                    .resource(resource)
                    .conditionalByUrl(condition)
                    .execute()
                    .getCreated())) {
                return new WriteResult.Written();
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            deadline.checkRoomForRequest();
            Optional<Resource> held = find(client, resource, identifier);
            if (held.isEmpty()) {
                deadline.checkRoomForRequest();
                MethodOutcome created = client.create()
                        .resource(resource)
                        .conditionalByUrl(condition)
                        .execute();
                if (Boolean.TRUE.equals(created.getCreated())) {
                    return new WriteResult.Written();
                }
                // Someone created it between our search and our create: compare with theirs next round.
                continue;
            }
            OptionalLong heldSequence = SyncSequence.of(held.get());
            if (heldSequence.isPresent() && heldSequence.getAsLong() >= sequence) {
                return new WriteResult.Written();
            }
            deadline.checkRoomForRequest();
            try {
                client.update()
                        .resource(resource)
                        .conditionalByUrl(condition)
                        .withAdditionalHeader(
                                "If-Match", "W/\"" + held.get().getMeta().getVersionId() + "\"")
                        .execute();
                return new WriteResult.Written();
            } catch (BaseServerResponseException e) {
                if (e.getStatusCode() != 409 && e.getStatusCode() != 412) {
                    throw e;
                }
                // Changed under us (another relay, a delayed write): read again and decide again.
            }
        }
        return new WriteResult.TryLater("The RIS copy kept changing under us", false);
    }

    private Optional<Resource> find(IGenericClient client, Resource resource, Identifier identifier) {
        Bundle found = client.search()
                .forResource(resource.getClass())
                .where(new TokenClientParam("identifier")
                        .exactly()
                        .systemAndCode(identifier.getSystem(), identifier.getValue()))
                .returnBundle(Bundle.class)
                .execute();
        if (found.getEntry().size() > 1) {
            throw new DuplicateInRis(resource.fhirType() + " " + identifier.getValue());
        }
        return found.getEntry().stream().map(e -> e.getResource()).findFirst();
    }

    private static WriteResult classify(BaseServerResponseException e) {
        int status = e.getStatusCode();
        String reason = "RIS answered " + status + ": " + brief(e.getMessage());
        if (status >= 500 || status == 408 || status == 429) {
            return new WriteResult.TryLater(reason, true);
        }
        if (status == 409 || status == 412) {
            return new WriteResult.TryLater(reason, false);
        }
        return new WriteResult.Refused(reason);
    }

    private static String brief(String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** When the relay's lease on the row ends; checked before every request to the RIS. */
    private final class Deadline {
        private final Instant leaseEnds;

        Deadline(Instant leaseEnds) {
            this.leaseEnds = leaseEnds;
        }

        /** Stops the write unless one more request can end within the lease. */
        void checkRoomForRequest() {
            if (clock.instant().plus(requestLimit).isAfter(leaseEnds)) {
                throw new LeaseRunningOut();
            }
        }
    }

    private static final class LeaseRunningOut extends RuntimeException {
        LeaseRunningOut() {
            super(null, null, false, false);
        }
    }

    /** The RIS already holds two copies of one of our resources: only a person can untangle that. */
    static final class DuplicateInRis extends BaseServerResponseException {
        DuplicateInRis(String what) {
            super(422, "The RIS holds more than one " + what);
        }
    }
}
