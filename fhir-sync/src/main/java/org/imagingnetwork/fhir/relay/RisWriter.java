package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.Optional;
import java.util.OptionalLong;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.fhir.mapping.AppointmentMapper;
import org.imagingnetwork.fhir.mapping.SlotMapper;
import org.imagingnetwork.fhir.mapping.SyncSequence;

/**
 * Writes one delivery to its RIS: the Appointment, then the Slot. Each write is idempotent and
 * ordered by our sequence: create only if no resource has our identifier ({@code If-None-Exist}),
 * otherwise replace it by identifier with {@code If-Match} on the version just read, and only if
 * the RIS copy reflects an older change than this one. A lost answer, a retry or a second relay
 * can therefore never duplicate a resource or put an older state back.
 */
final class RisWriter {

    /** Concurrent writers to one resource settle in a round or two; beyond this, retry later. */
    private static final int ROUNDS = 4;

    private final RisClients clients;

    RisWriter(RisClients clients) {
        this.clients = clients;
    }

    WriteResult write(Delivery delivery) {
        IGenericClient client = clients.forBase(delivery.risBaseUrl());
        try {
            // A booking is almost always new to the RIS: try the conditional create first and read
            // only if the RIS already had it. Later changes read first, as the resource exists.
            boolean createFirst = delivery.row().change() == OutboxChange.BOOKED;
            WriteResult appointment = write(
                    client,
                    AppointmentMapper.toFhir(delivery.appointment()),
                    AppointmentMapper.identifier(delivery.appointment()),
                    delivery.appointment().sequence(),
                    createFirst);
            if (!(appointment instanceof WriteResult.Written)) {
                return appointment;
            }
            return write(
                    client,
                    SlotMapper.toFhir(delivery.slot()),
                    SlotMapper.identifier(delivery.slot()),
                    delivery.slot().sequence(),
                    createFirst);
        } catch (FhirClientConnectionException e) {
            return new WriteResult.TryLater("No answer from the RIS: " + brief(e.getMessage()), true);
        } catch (BaseServerResponseException e) {
            return classify(e);
        }
    }

    private WriteResult write(
            IGenericClient client, Resource resource, Identifier identifier, long sequence, boolean createFirst) {
        String condition = resource.fhirType() + "?identifier=" + identifier.getSystem() + "|" + identifier.getValue();
        if (createFirst
                && Boolean.TRUE.equals(client.create()
                        .resource(resource)
                        .conditionalByUrl(condition)
                        .execute()
                        .getCreated())) {
            return new WriteResult.Written();
        }
        for (int round = 0; round < ROUNDS; round++) {
            Optional<Resource> held = find(client, resource, identifier);
            if (held.isEmpty()) {
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

    /** The RIS already holds two copies of one of our resources: only a person can untangle that. */
    static final class DuplicateInRis extends BaseServerResponseException {
        DuplicateInRis(String what) {
            super(422, "The RIS holds more than one " + what);
        }
    }
}
