package org.imagingnetwork.optimizer.benchmark;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.allocation.Horizon;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiarySources;
import org.imagingnetwork.optimizer.diary.DiaryWeights;
import org.imagingnetwork.optimizer.run.DiaryParts;
import org.imagingnetwork.optimizer.run.RunId;
import org.imagingnetwork.optimizer.run.RunScope;
import org.imagingnetwork.optimizer.run.ScopeLevel;

/**
 * A diary run's parts taken straight from a generated demo network, with the same records
 * {@code PlanningData} reads from the database: the horizon's published sessions and which have
 * bookings, the waiting list, the last four weeks' referrals and their patients. Built "from
 * scratch", it hides the published diary, so every session type and every post is chosen anew.
 */
final class DemoDiaryParts implements DiaryParts {

    private final NetworkSnapshot network;
    private final DiarySources sources;
    private final Horizon horizon;

    private DemoDiaryParts(NetworkSnapshot network, DiarySources sources, Horizon horizon) {
        this.network = network;
        this.sources = sources;
        this.horizon = horizon;
    }

    static DemoDiaryParts of(DemoNetwork demo, Horizon horizon, boolean fromScratch) {
        NetworkSnapshot network = new NetworkSnapshot(
                demo.integratedCareSystems(), demo.trusts(), demo.sites(), demo.rooms(), demo.staff());
        List<Session> published = fromScratch
                ? List.of()
                : demo.sessions().stream()
                        .filter(session -> horizon.contains(session.clinicDate()))
                        .toList();
        Set<SessionId> inHorizon = published.stream().map(Session::id).collect(Collectors.toSet());
        Set<SlotId> bookedSlots = demo.appointments().stream()
                .filter(appointment -> appointment.status().isLive())
                .map(Appointment::slot)
                .collect(Collectors.toSet());
        Set<SessionId> booked = new HashSet<>();
        for (Slot slot : demo.slots()) {
            if (inHorizon.contains(slot.session()) && bookedSlots.contains(slot.id())) {
                booked.add(slot.session());
            }
        }
        Instant from = London.moment(horizon.firstDay(), LocalTime.MIDNIGHT);
        Instant lookback = from.minus(DiarySources.LOOKBACK_WEEKS * 7L, ChronoUnit.DAYS);
        List<Request> waiting = demo.requests().stream()
                .filter(request -> request.state() == RequestState.WAITING)
                .toList();
        List<Request> referred = demo.requests().stream()
                .filter(request -> !request.receivedAt().isBefore(lookback)
                        && request.receivedAt().isBefore(from))
                .toList();
        Set<PatientId> wanted = new HashSet<>();
        waiting.forEach(request -> wanted.add(request.patient()));
        referred.forEach(request -> wanted.add(request.patient()));
        Map<PatientId, Patient> patients = new HashMap<>();
        demo.patients().stream().filter(p -> wanted.contains(p.id())).forEach(p -> patients.put(p.id(), p));
        return new DemoDiaryParts(
                network,
                // The generated network records no absences.
                new DiarySources(network, demo.exams(), published, booked, waiting, referred, patients, Map.of()),
                horizon);
    }

    @Override
    public NetworkSnapshot network() {
        return network;
    }

    @Override
    public DiaryPlan diary(RunId run, RunScope scope, DiaryWeights weights) {
        String ics = scope.code().orElseThrow(() -> new IllegalArgumentException("a diary part is one ICS"));
        Set<OdsCode> trusts = network.trusts().stream()
                .filter(trust -> trust.icsCode().equals(ics))
                .map(Trust::odsCode)
                .collect(Collectors.toSet());
        Set<OdsCode> sites = network.sites().stream()
                .filter(site -> trusts.contains(site.trust()))
                .map(Site::odsCode)
                .collect(Collectors.toSet());
        DiaryPlan plan = sources.plan(sites, scope.modality(), horizon.firstDay(), horizon.lastDay(), weights);
        AllocationBenchmark.print(
                "  ICS %s: %,d room sessions, %,d staff posts, %,d staff, %d session types, %,d demands",
                ics,
                plan.sessions().size(),
                plan.posts().size(),
                plan.staff().size(),
                plan.sessionTypes().size(),
                plan.demands().size());
        return plan;
    }

    /** The problem of one ICS as a run would build it, for scoring a diary outside a run. */
    DiaryPlan part(String ics, DiaryWeights weights) {
        return diary(
                RunId.random(), new RunScope(ScopeLevel.ICS, Optional.of(ics), Optional.empty(), horizon), weights);
    }
}
