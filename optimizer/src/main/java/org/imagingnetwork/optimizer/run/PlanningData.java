package org.imagingnetwork.optimizer.run;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.availability.StaffAbsences;
import org.imagingnetwork.core.diary.DiaryReader;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCatalogue;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientDirectory;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.WaitingList;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.optimizer.allocation.AllocationProblemBuilder;
import org.imagingnetwork.optimizer.allocation.AllocationScope;
import org.imagingnetwork.optimizer.allocation.AllocationSources;
import org.imagingnetwork.optimizer.allocation.HomeLocator;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiarySources;
import org.imagingnetwork.optimizer.diary.DiaryWeights;
import org.imagingnetwork.optimizer.disruption.RoomClosure;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;

/**
 * Reads what a run plans from the system of record and builds its problem. Reading the waiting
 * list's patients for a run is recorded in the audit log once, under the run.
 */
public final class PlanningData implements DiaryParts {

    static final String AUDIT_ACTION = "OPTIMISER_READ_PATIENTS";

    private final NetworkDirectory network;
    private final ExamCatalogue exams;
    private final DiaryReader diary;
    private final WaitingList waitingList;
    private final PatientDirectory patients;
    private final StaffAbsences absences;
    private final AuditLog audit;
    private final AllocationPolicy policy;
    private final HomeLocatorFactory locators;
    private final Clock clock;

    public PlanningData(
            NetworkDirectory network,
            ExamCatalogue exams,
            DiaryReader diary,
            WaitingList waitingList,
            PatientDirectory patients,
            StaffAbsences absences,
            AuditLog audit,
            AllocationPolicy policy,
            HomeLocatorFactory locators,
            Clock clock) {
        this.network = network;
        this.exams = exams;
        this.diary = diary;
        this.waitingList = waitingList;
        this.patients = patients;
        this.absences = absences;
        this.audit = audit;
        this.policy = policy;
        this.locators = locators;
        this.clock = clock;
    }

    /** Builds a home locator from the network's sites; a postcode directory can replace it. */
    @FunctionalInterface
    public interface HomeLocatorFactory {
        HomeLocator forSites(List<Site> sites);
    }

    @Override
    public NetworkSnapshot network() {
        return network.snapshot();
    }

    public AllocationProblemBuilder.Built allocation(RunId run, RunScope scope) {
        var horizon = scope.horizon();
        return build(
                run,
                scope,
                diary.sessions(horizon.firstDay(), horizon.lastDay()),
                diary.slots(horizon.firstDay(), horizon.lastDay()),
                diary.liveBookings(horizon.firstDay(), horizon.lastDay()),
                waitingList.waiting());
    }

    /**
     * The bookings of a disruption re-plan's scope as a plan, with nobody from the waiting list. The
     * closed room's sessions and slots on the closed days are read as if still open, although staff
     * have usually blocked them by now (which leaves every other plan without them): the patients
     * booked there are the very ones to re-plan, and {@code DisruptionReplanner} takes the closed
     * slots out itself.
     */
    public AllocationPlan disruption(RunId run, RunScope scope, RoomClosure closure) {
        var horizon = scope.horizon();
        Map<SlotId, RequestId> bookings = diary.liveBookings(horizon.firstDay(), horizon.lastDay());
        List<Session> sessions = diary.sessions(horizon.firstDay(), horizon.lastDay()).stream()
                .map(s -> closure.closes(s.roomId(), s.clinicDate()) && s.status() == SessionStatus.BLOCKED
                        ? new Session(
                                s.id(),
                                s.roomId(),
                                s.clinicDate(),
                                s.startsAt(),
                                s.endsAt(),
                                s.sessionType(),
                                s.allowedExams(),
                                s.staffIds(),
                                SessionStatus.RELEASED)
                        : s)
                .toList();
        List<Slot> slots = diary.slots(horizon.firstDay(), horizon.lastDay()).stream()
                .map(s -> closure.closes(s.roomId(), London.clinicDay(s.startsAt())) && s.status() == SlotStatus.BLOCKED
                        ? new Slot(
                                s.id(),
                                s.session(),
                                s.roomId(),
                                s.startsAt(),
                                s.endsAt(),
                                bookings.containsKey(s.id()) ? SlotStatus.BOOKED : SlotStatus.FREE)
                        : s)
                .toList();
        return build(run, scope, sessions, slots, bookings, List.of()).plan();
    }

    /** How many live appointments the closure takes away: the patients a re-plan is for. */
    public long bookedInto(RoomClosure closure) {
        Map<SlotId, RequestId> bookings = diary.liveBookings(closure.firstDay(), closure.lastDay());
        return diary.slots(closure.firstDay(), closure.lastDay()).stream()
                .filter(slot -> bookings.containsKey(slot.id())
                        && closure.closes(slot.roomId(), London.clinicDay(slot.startsAt())))
                .count();
    }

    private AllocationProblemBuilder.Built build(
            RunId run,
            RunScope scope,
            List<Session> sessions,
            List<Slot> slots,
            Map<SlotId, RequestId> bookings,
            List<Request> waiting) {
        NetworkSnapshot snapshot = network.snapshot();
        List<Exam> catalogue = exams.all();
        var horizon = scope.horizon();
        List<Request> booked = waitingList.byIds(bookings.values());
        Map<PatientId, Patient> people = readPatients(run, waiting, booked);
        AllocationSources sources =
                new AllocationSources(snapshot, catalogue, sessions, slots, bookings, waiting, booked, people);
        Set<OdsCode> sites = sitesInScope(snapshot, scope);
        AllocationScope allocationScope =
                new AllocationScope(sites, trustsInScope(snapshot, scope), scope.modality(), horizon);
        return new AllocationProblemBuilder(policy, SessionTypes.from(catalogue), locators.forSites(snapshot.sites()))
                .build(sources, allocationScope, clock.instant());
    }

    @Override
    public DiaryPlan diary(RunId run, RunScope scope, DiaryWeights weights) {
        NetworkSnapshot snapshot = network.snapshot();
        var horizon = scope.horizon();
        Map<SlotId, RequestId> bookings = diary.liveBookings(horizon.firstDay(), horizon.lastDay());
        Set<SessionId> booked = new HashSet<>();
        diary.slots(horizon.firstDay(), horizon.lastDay()).stream()
                .filter(slot -> bookings.containsKey(slot.id()))
                .forEach(slot -> booked.add(slot.session()));
        Instant from = London.moment(horizon.firstDay(), LocalTime.MIDNIGHT);
        List<Request> waiting = waitingList.waiting();
        List<Request> referred =
                waitingList.receivedBetween(from.minus(DiarySources.LOOKBACK_WEEKS * 7L, ChronoUnit.DAYS), from);
        DiarySources sources = new DiarySources(
                snapshot,
                exams.all(),
                diary.sessions(horizon.firstDay(), horizon.lastDay()),
                booked,
                waiting,
                referred,
                readPatients(run, waiting, referred),
                absences.daysAway(horizon.firstDay(), horizon.lastDay()));
        return sources.plan(
                sitesInScope(snapshot, scope), scope.modality(), horizon.firstDay(), horizon.lastDay(), weights);
    }

    private Map<PatientId, Patient> readPatients(RunId run, List<Request> first, List<Request> second) {
        Set<PatientId> ids = new HashSet<>();
        first.forEach(request -> ids.add(request.patient()));
        second.forEach(request -> ids.add(request.patient()));
        audit.record(
                "system:optimiser",
                AUDIT_ACTION,
                Optional.empty(),
                "run " + run + " read " + ids.size() + " patients to plan");
        return patients.byIds(ids);
    }

    static Set<OdsCode> sitesInScope(NetworkSnapshot snapshot, RunScope scope) {
        Set<OdsCode> trusts = trustsInScope(snapshot, scope);
        return snapshot.sites().stream()
                .filter(site -> trusts.isEmpty() || trusts.contains(site.trust()))
                .map(Site::odsCode)
                .collect(Collectors.toSet());
    }

    static Set<OdsCode> trustsInScope(NetworkSnapshot snapshot, RunScope scope) {
        return switch (scope.level()) {
            case NETWORK -> Set.of();
            case ICS ->
                snapshot.trusts().stream()
                        .filter(trust -> trust.icsCode().equals(scope.code().orElseThrow()))
                        .map(Trust::odsCode)
                        .collect(Collectors.toSet());
            case TRUST -> Set.of(new OdsCode(scope.code().orElseThrow()));
        };
    }
}
