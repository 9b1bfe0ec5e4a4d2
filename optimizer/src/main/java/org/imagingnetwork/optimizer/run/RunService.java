package org.imagingnetwork.optimizer.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.booking.SlotsBlocked;
import org.imagingnetwork.core.booking.SlotsOpened;
import org.imagingnetwork.core.diary.DiaryPublication;
import org.imagingnetwork.core.diary.SessionPlan;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.JdbiDiaryPublisher;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.offer.NewOffer;
import org.imagingnetwork.core.offer.OfferBook;
import org.imagingnetwork.core.offer.OfferOutcome;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.AllocationRule;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;
import org.imagingnetwork.optimizer.diary.CapacityLimit;
import org.imagingnetwork.optimizer.diary.CapacityLimits;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiaryResult;
import org.imagingnetwork.optimizer.diary.DiaryRule;
import org.imagingnetwork.optimizer.diary.DiaryWeights;
import org.imagingnetwork.optimizer.disruption.DisruptionReplanner;
import org.imagingnetwork.optimizer.disruption.RoomClosure;
import org.imagingnetwork.optimizer.explain.Breach;
import org.imagingnetwork.optimizer.explain.BreachReasons;
import org.imagingnetwork.optimizer.explain.ScoreExplainer;

/**
 * What the staff console calls to optimise: start a run for a scope, follow its progress, stop it,
 * read why its plan scores as it does, compare the key figures before and after, and publish its
 * proposals as offers. Runs are solved by whichever instance's {@link RunWorker} claims them.
 */
public final class RunService {

    /** How long a patient has to answer an offer. */
    static final Duration OFFER_VALID_FOR = Duration.ofDays(3);

    private final RunStore store;
    private final PlanningData data;
    private final Solvers solvers;
    private final OfferBook offers;
    private final BookingService bookings;
    private final JdbiDiaryPublisher diary;
    private final SlotChangeNotifier slotChanges;
    private final NetworkDirectory network;
    private final ProgressHub hub;
    private final Clock clock;

    public RunService(
            RunStore store,
            PlanningData data,
            Solvers solvers,
            OfferBook offers,
            BookingService bookings,
            JdbiDiaryPublisher diary,
            SlotChangeNotifier slotChanges,
            NetworkDirectory network,
            ProgressHub hub,
            Clock clock) {
        this.store = store;
        this.data = data;
        this.solvers = solvers;
        this.offers = offers;
        this.bookings = bookings;
        this.diary = diary;
        this.slotChanges = slotChanges;
        this.network = network;
        this.hub = hub;
        this.clock = clock;
    }

    public StartOutcome start(RunRequest request) {
        List<FieldError> errors = RunValidation.errors(request, network.snapshot(), London.clinicDay(clock.instant()));
        if (!errors.isEmpty()) {
            return new StartOutcome.Invalid(errors);
        }
        RunValidation.Valid valid = RunValidation.valid(request);
        RunId id = RunId.random();
        store.create(id, valid.kind(), valid.scope(), valid.settings(), request.requestedBy(), clock.instant());
        return new StartOutcome.Queued(id);
    }

    /**
     * Queues a re-plan around a closed room, once every field is right and someone is booked into the
     * room on those days; otherwise names the fields to change and queues nothing. It does not close
     * the room: staff block its sessions in the diary, which leaves the patients' appointments
     * standing until publishing moves them.
     */
    public StartOutcome start(DisruptionRequest request) {
        NetworkSnapshot snapshot = network.snapshot();
        List<FieldError> errors = RunValidation.errors(request, snapshot, London.clinicDay(clock.instant()));
        if (!errors.isEmpty()) {
            return new StartOutcome.Invalid(errors);
        }
        RunValidation.Disruption valid = RunValidation.valid(request, snapshot);
        RoomClosure closure = valid.closure();
        if (data.bookedInto(closure) == 0) {
            return new StartOutcome.Invalid(List.of(new FieldError(
                    "firstDay",
                    "Nobody is booked into room " + closure.roomId() + " from " + closure.firstDay() + " to "
                            + closure.lastDay() + ": there is nobody to re-plan")));
        }
        RunId id = RunId.random();
        store.createDisruption(id, valid.scope(), valid.settings(), closure, request.requestedBy(), clock.instant());
        return new StartOutcome.Queued(id);
    }

    /** The room and days a disruption re-plan is about; empty for other runs. */
    public Optional<RoomClosure> closure(RunId id) {
        return store.closure(id);
    }

    /** A disruption re-plan's proposed move for each patient of the closed room, and what publishing did. */
    public List<ProposedMove> moves(RunId id) {
        return store.moves(id);
    }

    public Optional<Run> run(RunId id) {
        return store.find(id);
    }

    /** The best score over time, as stored by the solving instance (once a second at most). */
    public List<ScorePoint> progress(RunId id) {
        return store.progress(id);
    }

    /** Every new best score, as it happens, while this instance solves the run. */
    public AutoCloseable listen(RunId id, Consumer<ScorePoint> listener) {
        return hub.listen(id, listener);
    }

    public void stop(RunId id) {
        store.requestStop(id, clock.instant());
    }

    public Optional<FiguresComparison> figures(RunId id) {
        return store.figures(id);
    }

    /**
     * Why the run's plan scores as it does, rule by rule, with the patients, sessions and staff
     * concerned, and for an allocation the waiting patients its plan leaves past six weeks, each with
     * why (no capacity in time, only outside their choice of site or beyond their travel limit, taken
     * by others). It is worked out on today's diary and waiting list with the run's result, so it also
     * shows what has changed since the run; the records are read and the problem built once for both.
     * Empty for a run without a result.
     */
    public Optional<Explanation> explanation(RunId id) {
        return store.find(id).filter(RunService::hasResult).map(run -> switch (run.kind()) {
            case ALLOCATION -> {
                AllocationPlan plan = withProposals(run);
                List<Breach> breaches = BreachReasons.of(plan);
                yield new Explanation(
                        new ScoreExplainer(List.of(AllocationRule.values()))
                                .explain(solvers.allocationAnalysis().analyze(plan)),
                        Optional.of(breaches));
            }
            case DIARY ->
                new Explanation(
                        new ScoreExplainer(List.of(DiaryRule.values()))
                                .explain(solvers.diaryAnalysis().analyze(plannedDiary(run))),
                        Optional.empty());
            case DISRUPTION ->
                new Explanation(
                        new ScoreExplainer(List.of(AllocationRule.values()))
                                .explain(solvers.allocationAnalysis().analyze(withMoves(run))),
                        Optional.empty());
        });
    }

    /**
     * What held a diary run's plan back, per ICS and modality: the demand due and how much of it the
     * plan meets, room time, and staff hours by skill needed against available. Like {@link #explanation}
     * it is worked out on today's records with the run's sessions. Empty for any other kind of run or
     * a run without a plan.
     */
    public Optional<List<CapacityLimit>> limits(RunId id) {
        return store.find(id)
                .filter(run -> run.kind() == RunKind.DIARY)
                .filter(run -> hasResult(run)
                        || (run.state() == RunState.PUBLISHED && run.bestScore().isPresent()))
                .map(run -> CapacityLimits.of(plannedDiary(run)));
    }

    private DiaryPlan plannedDiary(Run run) {
        DiaryWeights weights = new DiaryWeights(
                run.settings().perSessionChange(), run.settings().perStaffChange());
        return DiaryResult.apply(data.diary(run.id(), run.scope(), weights), store.plannedSessions(run.id()));
    }

    /** Today's bookings with the closed room's patients displaced and placed where the run proposed. */
    private AllocationPlan withMoves(Run run) {
        RoomClosure closure = store.closure(run.id()).orElseThrow();
        AllocationPlan plan = DisruptionReplanner.problem(data.disruption(run.id(), run.scope(), closure), closure);
        Map<RequestId, SlotId> proposed = new HashMap<>();
        store.moves(run.id()).forEach(move -> move.newSlot().ifPresent(slot -> proposed.put(move.request(), slot)));
        place(plan, proposed);
        return plan;
    }

    private static void place(AllocationPlan plan, Map<RequestId, SlotId> proposals) {
        Map<SlotId, OpenSlot> slots = new HashMap<>();
        plan.slots().forEach(slot -> slots.put(slot.id(), slot));
        for (Placement placement : plan.placements()) {
            SlotId proposed = proposals.get(placement.request().id());
            if (!placement.booked() && proposed != null) {
                placement.setSlot(slots.get(proposed));
            }
        }
    }

    private AllocationPlan withProposals(Run run) {
        AllocationPlan plan = data.allocation(run.id(), run.scope()).plan();
        place(plan, store.proposals(run.id()));
        return plan;
    }

    /**
     * Publishes a finished run once: an allocation's proposals go to patients as offers (each patient
     * keeps the choice to accept, choose another slot or decline); a diary's sessions are written into
     * the diary.
     */
    public PublishOutcome publish(RunId id, String actor) {
        Optional<Run> found = store.find(id);
        if (found.isEmpty()) {
            return new PublishOutcome.NotPublishable("There is no such run");
        }
        Run run = found.get();
        if (!hasResult(run)) {
            return new PublishOutcome.NotPublishable(
                    run.state() == RunState.PUBLISHED
                            ? "This run has already been published"
                            : "This run has not finished solving");
        }
        if (run.kind() == RunKind.DIARY) {
            return publishDiary(run, actor);
        }
        if (run.kind() == RunKind.DISRUPTION) {
            return publishMoves(run, actor);
        }
        List<NewOffer> proposals = new ArrayList<>();
        store.proposals(id).forEach((request, slot) -> proposals.add(new NewOffer(request, slot)));
        if (!store.markPublished(id, actor, clock.instant())) {
            return new PublishOutcome.NotPublishable("This run has already been published");
        }
        List<OfferOutcome> outcomes;
        try {
            outcomes = offers.publish(proposals, actor, "optimisation run " + id, clock.instant(), OFFER_VALID_FOR);
        } catch (RuntimeException e) {
            store.unmarkPublished(id);
            throw e;
        }
        return new PublishOutcome.Published(
                count(outcomes, OfferOutcome.Offered.class),
                count(outcomes, OfferOutcome.RequestNotWaiting.class),
                count(outcomes, OfferOutcome.SlotNotFree.class));
    }

    /**
     * Writes the diary run's sessions into the diary (type, exams, staff, slots) for the rooms and days
     * of its scope, with a {@code SLOT_STATUS} outbox row for the trust's RIS for each slot opened or
     * blocked, and marks the run published, in one transaction; then announces the rooms it changed.
     */
    private PublishOutcome publishDiary(Run run, String actor) {
        NetworkSnapshot snapshot = network.snapshot();
        Set<OdsCode> sites = PlanningData.sitesInScope(snapshot, run.scope());
        Set<String> rooms = snapshot.rooms().stream()
                .filter(room -> sites.contains(room.site()))
                .filter(room ->
                        run.scope().modality().map(m -> room.modality() == m).orElse(true))
                .map(Room::id)
                .collect(Collectors.toSet());
        List<SessionPlan> sessions = store.plannedSessions(run.id());
        Instant now = clock.instant();
        Optional<DiaryPublication> written = store.publishDiary(
                run.id(), actor, now, diary, rooms, run.scope().horizon(), sessions);
        // Announced once committed, room by room, as staff changes to the diary are: every portal
        // instance then looks again at the rooms' free slots.
        written.ifPresent(publication -> publication.rooms().forEach(room -> {
            if (!room.blocked().isEmpty()) {
                slotChanges.blocked(new SlotsBlocked(room.room(), room.blocked(), now));
            }
            if (!room.opened().isEmpty()) {
                slotChanges.opened(new SlotsOpened(room.room(), room.opened(), now));
            }
        }));
        return written.<PublishOutcome>map(PublishOutcome.DiaryPublished::new)
                .orElseGet(() -> new PublishOutcome.NotPublishable("This run has already been published"));
    }

    /**
     * Moves each patient of a disruption re-plan to the slot it proposes, one booking-service move
     * each (the trust's RIS hears of the move away and the new booking through the outbox; the
     * closed slot stays blocked), as the member of staff publishing. A patient whose appointment or
     * new slot changed since the run is left where they are, with the reason recorded. A run whose
     * moves failed part way can be published again: it moves only those not yet moved.
     */
    private PublishOutcome publishMoves(Run run, String actor) {
        if (!store.markPublished(run.id(), actor, clock.instant())) {
            return new PublishOutcome.NotPublishable("This run has already been published");
        }
        Actor staff = new Actor(Actor.Kind.STAFF, actor, Optional.empty());
        int moved = 0;
        int notMoved = 0;
        int withoutSlot = 0;
        try {
            for (ProposedMove move : store.moves(run.id())) {
                if (move.newSlot().isEmpty()) {
                    withoutSlot++;
                    continue;
                }
                if (move.movedAt().isPresent()) {
                    moved++;
                    continue;
                }
                Optional<String> refused = moveOne(move, staff);
                store.published(
                        run.id(),
                        move.request(),
                        refused.isEmpty() ? Optional.of(clock.instant()) : Optional.empty(),
                        refused);
                if (refused.isEmpty()) {
                    moved++;
                } else {
                    notMoved++;
                }
            }
        } catch (RuntimeException e) {
            store.unmarkPublished(run.id());
            throw e;
        }
        return new PublishOutcome.Moved(moved, notMoved, withoutSlot);
    }

    /** Moves one patient; empty when moved, otherwise why not, in words for the manager. */
    private Optional<String> moveOne(ProposedMove move, Actor staff) {
        Optional<AppointmentId> appointment = store.appointmentIn(move.request(), move.lostSlot());
        if (appointment.isEmpty()) {
            return Optional.of("The appointment in the closed room had already been moved or cancelled");
        }
        BookingOutcome outcome = bookings.reschedule(
                new Reschedule(appointment.get(), move.newSlot().orElseThrow(), staff, Optional.empty()));
        if (outcome instanceof BookingOutcome.Booked) {
            return Optional.empty();
        }
        return Optional.of(MoveRefusal.words(outcome));
    }

    /** Solved, or stopped after solving began: a run stopped while queued has no plan. */
    private static boolean hasResult(Run run) {
        return (run.state() == RunState.SOLVED || run.state() == RunState.STOPPED)
                && run.bestScore().isPresent();
    }

    private static int count(List<OfferOutcome> outcomes, Class<? extends OfferOutcome> type) {
        return (int) outcomes.stream().filter(type::isInstance).count();
    }
}
