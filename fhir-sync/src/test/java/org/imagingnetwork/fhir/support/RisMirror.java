package org.imagingnetwork.fhir.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.fhir.mapping.FhirStatuses;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.mapping.SyncSequence;
import org.imagingnetwork.fhir.simulator.RisStore;
import org.jdbi.v3.core.Jdbi;

/**
 * Compares what a trust's simulated RIS holds with what the network database says it should: the
 * same appointments with the same statuses, one copy each, every change in order, and every slot
 * busy, free or blocked (busy-unavailable) as the diary has it.
 */
public final class RisMirror {

    private RisMirror() {}

    public static void assertMirrors(Jdbi jdbi, String trust, RisStore ris) {
        Map<String, String> expectedStatus = new HashMap<>();
        Map<String, List<String>> expectedHistory = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select a.id::text as appointment, a.status, o.id as sequence, o.change, o.appointment_status
                        from outbox o join appointment a on a.id = o.appointment_id
                        where o.trust_ods_code = :trust
                        order by o.id""")
                .bind("trust", trust)
                .map((rs, ctx) -> {
                    String id = rs.getString("appointment");
                    AppointmentStatus now = AppointmentStatus.valueOf(rs.getString("status"));
                    AppointmentStatus after = switch (OutboxChange.valueOf(rs.getString("change"))) {
                        case BOOKED -> AppointmentStatus.BOOKED;
                        case CANCELLED -> AppointmentStatus.CANCELLED;
                        case MOVED_AWAY -> AppointmentStatus.MOVED;
                        case STATUS -> AppointmentStatus.valueOf(rs.getString("appointment_status"));
                        case SLOT_STATUS, REFERRAL_REJECTED ->
                            throw new IllegalStateException("row " + rs.getLong("sequence") + " names no appointment");
                    };
                    expectedStatus.put(id, FhirStatuses.of(now).toCode());
                    expectedHistory
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(rs.getLong("sequence") + ":"
                                    + FhirStatuses.of(after).toCode());
                    return id;
                })
                .list());

        List<Resource> appointments = ris.search("Appointment", r -> true);
        Map<String, List<Appointment>> byIdentifier = appointments.stream()
                .map(Appointment.class::cast)
                .collect(Collectors.groupingBy(a -> ourId(a.getIdentifier(), FhirSystems.APPOINTMENT)));
        assertThat(byIdentifier.values())
                .as("no duplicate appointments")
                .allSatisfy(copies -> assertThat(copies).hasSize(1));
        assertThat(byIdentifier.keySet()).as("the same appointments").isEqualTo(expectedStatus.keySet());
        for (Map.Entry<String, List<Appointment>> held : byIdentifier.entrySet()) {
            Appointment appointment = held.getValue().get(0);
            assertThat(appointment.getStatus().toCode())
                    .as("status of " + held.getKey())
                    .isEqualTo(expectedStatus.get(held.getKey()));
            List<String> history = ris.history("Appointment", appointment.getIdPart()).stream()
                    .map(version -> SyncSequence.of(version).getAsLong() + ":"
                            + ((Appointment) version).getStatus().toCode())
                    .toList();
            assertThat(history)
                    .as("every change of " + held.getKey() + " once, in order")
                    .isEqualTo(expectedHistory.get(held.getKey()));
        }

        Map<String, String> expectedSlots = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select s.id::text as slot, s.status = 'BLOCKED' as blocked,
                               exists (select 1 from appointment live where live.slot_id = s.id
                                       and live.status in ('BOOKED', 'ARRIVED', 'FULFILLED')) as taken
                        from slot s
                        where s.id in (select a.slot_id from appointment a join outbox o on o.appointment_id = a.id
                                       where o.trust_ods_code = :trust)
                           or s.id in (select o.slot_id from outbox o where o.trust_ods_code = :trust)""")
                .bind("trust", trust)
                .map((rs, ctx) -> expectedSlots.put(
                        rs.getString("slot"),
                        rs.getBoolean("blocked") ? "busy-unavailable" : rs.getBoolean("taken") ? "busy" : "free"))
                .list());
        Map<String, List<Slot>> slots = ris.search("Slot", r -> true).stream()
                .map(Slot.class::cast)
                .collect(Collectors.groupingBy(s -> ourId(s.getIdentifier(), FhirSystems.SLOT)));
        assertThat(slots.values())
                .as("no duplicate slots")
                .allSatisfy(copies -> assertThat(copies).hasSize(1));
        Map<String, String> heldSlots = slots.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().get(0).getStatus().toCode()));
        assertThat(heldSlots)
                .as("every slot busy, free or blocked as the diary has it")
                .isEqualTo(expectedSlots);
    }

    private static String ourId(List<org.hl7.fhir.r4.model.Identifier> identifiers, String system) {
        return identifiers.stream()
                .filter(i -> system.equals(i.getSystem()))
                .map(org.hl7.fhir.r4.model.Identifier::getValue)
                .findFirst()
                .orElse("none");
    }
}
