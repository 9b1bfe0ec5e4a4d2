package org.imagingnetwork.optimizer.benchmark;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.optimizer.allocation.AllocationSources;
import org.imagingnetwork.optimizer.allocation.Horizon;

/**
 * The records a run would read from the database for one horizon, taken straight from a generated
 * demo network: the sessions and slots of the horizon, their live bookings and booked requests, the
 * waiting list oldest referral first, and the patients of both. These are the same records the
 * loader writes and {@code PlanningData} reads back, so a benchmark skips a load of several minutes.
 */
final class DemoAllocationSources {
    private DemoAllocationSources() {}

    static AllocationSources of(DemoNetwork network, Horizon horizon) {
        List<Session> sessions = network.sessions().stream()
                .filter(session -> horizon.contains(session.clinicDate()))
                .toList();
        Set<SessionId> inHorizon = new HashSet<>();
        sessions.forEach(session -> inHorizon.add(session.id()));
        List<Slot> slots = network.slots().stream()
                .filter(slot -> inHorizon.contains(slot.session()))
                .toList();
        Set<SlotId> slotIds = new HashSet<>();
        slots.forEach(slot -> slotIds.add(slot.id()));
        Map<SlotId, RequestId> bookings = new HashMap<>();
        for (Appointment appointment : network.appointments()) {
            if (appointment.status().isLive() && slotIds.contains(appointment.slot())) {
                bookings.put(appointment.slot(), appointment.request());
            }
        }
        Set<RequestId> bookedIds = new HashSet<>(bookings.values());
        List<Request> waiting = network.requests().stream()
                .filter(request -> request.state() == RequestState.WAITING)
                .sorted(Comparator.comparing(Request::receivedAt).thenComparing(r -> r.id().value()))
                .toList();
        List<Request> booked = network.requests().stream()
                .filter(request -> bookedIds.contains(request.id()))
                .toList();
        Set<PatientId> wanted = new HashSet<>();
        waiting.forEach(request -> wanted.add(request.patient()));
        booked.forEach(request -> wanted.add(request.patient()));
        Map<PatientId, Patient> patients = new HashMap<>();
        for (Patient patient : network.patients()) {
            if (wanted.contains(patient.id())) {
                patients.put(patient.id(), patient);
            }
        }
        return new AllocationSources(
                new NetworkSnapshot(
                        network.integratedCareSystems(),
                        network.trusts(),
                        network.sites(),
                        network.rooms(),
                        network.staff()),
                network.exams(),
                sessions,
                slots,
                bookings,
                waiting,
                booked,
                patients);
    }
}
