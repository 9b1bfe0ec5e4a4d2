package org.imagingnetwork.core.jdbc;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.Guardian;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.postgresql.copy.CopyManager;

/** COPY for patients, their requests with every state change, and the appointments already booked. */
final class PatientTables {

    private PatientTables() {}

    static void copy(CopyManager copy, DemoNetwork network, IdOffsets offsets, Map<String, Long> rows)
            throws SQLException {
        CopyWriter patients = new CopyWriter(copy, "patient", """
                id, nhs_number, given_name, family_name, date_of_birth, postcode, phone, email, contact_preference,
                language, accessibility_needs, guardian_name, guardian_phone, guardian_relationship, version""");
        for (Patient patient : network.patients()) {
            patients.number(patient.id().value() + offsets.patients())
                    .text(patient.nhsNumber().value())
                    .text(patient.givenName())
                    .text(patient.familyName())
                    .date(patient.dateOfBirth())
                    .text(patient.postcode().value())
                    .text(patient.phone().orElse(null))
                    .text(patient.email().orElse(null))
                    .text(patient.contactPreference().name())
                    .text(patient.language().name())
                    .array(patient.accessibilityNeeds().stream().sorted().toList())
                    .text(patient.guardian().map(Guardian::name).orElse(null))
                    .text(patient.guardian().map(Guardian::phone).orElse(null))
                    .text(patient.guardian().map(Guardian::relationship).orElse(null))
                    .number(0)
                    .endRow();
        }
        rows.put("patient", patients.finish());
        rows.put("request", requests(copy, network, offsets));
        rows.put("request_event", events(copy, network, offsets));
    }

    private static long requests(CopyManager copy, DemoNetwork network, IdOffsets offsets) throws SQLException {
        CopyWriter requests = new CopyWriter(copy, "request", """
                id, patient_id, exam_code, priority, due_date, referring_trust, referring_clinician, received_at,
                breach_date, state, needs_sedation, needs_general_anaesthetic, weight_kg, claustrophobic,
                needs_contrast, protocol, egfr, egfr_measured_on, acceptable_sites, max_travel_km, short_notice,
                short_notice_hours, version, booked_site""");
        Map<RequestId, String> bookedSites = bookedSites(network);
        for (Request request : network.requests()) {
            requests.number(request.id().value() + offsets.requests())
                    .number(request.patient().value() + offsets.patients())
                    .text(request.exam().value())
                    .text(request.priority().name())
                    .date(request.dueDate().orElse(null))
                    .text(request.referral().referringTrust().value())
                    .text(request.referral().clinician())
                    .moment(request.receivedAt())
                    .date(request.breachDate())
                    .text(request.state().name())
                    .bool(request.needs().needsSedation())
                    .bool(request.needs().needsGeneralAnaesthetic());
            optional(requests, request.needs().weightKg());
            requests.bool(request.needs().claustrophobic())
                    .bool(request.needs().needsContrast())
                    .text(request.protocol().protocol().orElse(null));
            optional(requests, request.protocol().egfr());
            requests.date(request.protocol().egfrMeasuredOn().orElse(null))
                    .array(request.preferences().acceptableSites().stream()
                            .map(OdsCode::value)
                            .sorted()
                            .toList());
            optional(requests, request.preferences().maxTravelKm());
            requests.bool(request.preferences().shortNotice().isPresent());
            if (request.preferences().shortNotice().isPresent()) {
                requests.number(request.preferences().shortNotice().get().toHours());
            } else {
                requests.text(null);
            }
            requests.number(request.version())
                    .text(bookedSites.get(request.id()))
                    .endRow();
        }
        return requests.finish();
    }

    /**
     * The site of each request's live appointment, written with the request so that the appointments'
     * COPY finds every request's booked_site already right (V28's trigger then writes nothing).
     */
    private static Map<RequestId, String> bookedSites(DemoNetwork network) {
        Map<SlotId, RequestId> liveBySlot = new HashMap<>();
        for (Appointment appointment : network.appointments()) {
            if (appointment.status().isLive()) {
                liveBySlot.put(appointment.slot(), appointment.request());
            }
        }
        Map<String, String> siteOfRoom = new HashMap<>();
        network.rooms().forEach(room -> siteOfRoom.put(room.id(), room.site().value()));
        Map<RequestId, String> sites = new HashMap<>();
        for (Slot slot : network.slots()) {
            RequestId request = liveBySlot.get(slot.id());
            if (request != null) {
                sites.put(request, siteOfRoom.get(slot.roomId()));
            }
        }
        return sites;
    }

    private static long events(CopyManager copy, DemoNetwork network, IdOffsets offsets) throws SQLException {
        CopyWriter events = new CopyWriter(
                copy, "request_event", "id, request_id, occurred_at, actor, from_state, to_state, reason, rule_id");
        long id = offsets.events();
        for (RequestEvent event : network.events()) {
            events.number(++id)
                    .number(event.request().value() + offsets.requests())
                    .moment(event.occurredAt())
                    .text(event.actor())
                    .text(event.from().map(RequestState::name).orElse(null))
                    .text(event.to().name());
            events.text(event.reason());
            if (event.ruleId().isPresent()) {
                events.number(event.ruleId().get() + offsets.rules());
            } else {
                events.text(null);
            }
            events.endRow();
        }
        return events.finish();
    }

    static long appointments(CopyManager copy, DemoNetwork network, IdOffsets offsets) throws SQLException {
        CopyWriter appointments = new CopyWriter(
                copy,
                "appointment",
                "id, request_id, slot_id, status, booked_at, booked_by, ended_at, end_reason, replaces, version");
        for (Appointment appointment : network.appointments()) {
            appointments
                    .text(appointment.id().value().toString())
                    .number(appointment.request().value() + offsets.requests())
                    .number(appointment.slot().value() + offsets.slots())
                    .text(appointment.status().name())
                    .moment(appointment.bookedAt())
                    .text(appointment.bookedBy())
                    .text(null)
                    .text(null)
                    .text(appointment.replaces().map(r -> r.value().toString()).orElse(null))
                    .number(0)
                    .endRow();
        }
        return appointments.finish();
    }

    private static void optional(CopyWriter writer, OptionalInt value) {
        if (value.isPresent()) {
            writer.number(value.getAsInt());
        } else {
            writer.text(null);
        }
    }
}
