package org.imagingnetwork.simulation.run;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.offer.MadeOffer;
import org.imagingnetwork.core.offer.OfferStatus;
import org.imagingnetwork.core.offer.ReleaseOffering;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.ReceiveOutcome;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.RisEvent;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.simulation.booking.Booker;
import org.imagingnetwork.simulation.booking.FreeSlot;
import org.imagingnetwork.simulation.booking.SlotBoard;
import org.imagingnetwork.simulation.booking.WaitingRequest;
import org.imagingnetwork.simulation.clock.SimulatedClock;
import org.imagingnetwork.simulation.demand.Demand;
import org.imagingnetwork.simulation.jdbc.FigureQueries;
import org.imagingnetwork.simulation.jdbc.StateQueries;
import org.imagingnetwork.simulation.patient.Behaviour;
import org.imagingnetwork.simulation.report.WeekFigures;
import org.imagingnetwork.simulation.report.WeekMeasure;

/**
 * One policy's weeks on one network: the clock moves day by day, and within a day from one planned
 * moment to the next; at each, the product's services do what referrers, radiologists, patients,
 * clerks and the trusts' RIS ask of them. Nothing is written but through them.
 */
final class Simulation {

    static final Duration NOTICE = AllocationPolicy.standard().standardNotice();
    /** The portal's offer settings: three patients at once, half an hour to answer, closing half an hour before. */
    static final ReleaseOffering RELEASE_OFFERS =
            new ReleaseOffering(3, Duration.ofMinutes(30), Duration.ofMinutes(30));

    private static final LocalTime QUIET_FROM = LocalTime.of(21, 0);
    private static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);
    private static final String RADIOLOGIST = "staff:vetting-radiologist";
    private static final String CLERK = "staff:bookings-clerk";

    private final Platform platform;
    private final SimulatedClock clock;
    private final Demand demand;
    private final Behaviour behaviour;
    private final Policy policy;
    private final Streams streams;
    private final Scenario scenario;
    private final StateQueries state;
    private final WeekMeasure measure;
    private final Agenda agenda = new Agenda();
    private final Map<RequestId, StateQueries.Booked> live = new HashMap<>();
    private final Map<RequestId, Integer> bookings = new HashMap<>();
    private final Map<RequestId, Integer> offersAsked = new HashMap<>();
    private final Map<RequestId, Integer> missed = new HashMap<>();
    private final Set<Instant> sweeps = new HashSet<>();
    private final Disruption disruption;
    private SlotBoard board;

    Simulation(
            Platform platform,
            SimulatedClock clock,
            Demand demand,
            Behaviour behaviour,
            Policy policy,
            Scenario scenario) {
        this.platform = platform;
        this.clock = clock;
        this.demand = demand;
        this.behaviour = behaviour;
        this.policy = policy;
        this.streams = new Streams(scenario.seed());
        this.scenario = scenario;
        this.state = new StateQueries(platform.jdbi);
        this.measure = new WeekMeasure(new FigureQueries(platform.jdbi));
        this.disruption = new Disruption(platform, state, scenario, this);
    }

    List<WeekFigures> run(Progress progress) {
        startFromDemo();
        List<WeekFigures> weeks = new ArrayList<>();
        for (int day = 0; day < scenario.weeks() * 7; day++) {
            LocalDate date = scenario.start().plusDays(day);
            planDay(day, date);
            Instant midnight = London.moment(date.plusDays(1), LocalTime.MIDNIGHT);
            agenda.runUntil(midnight, clock::advanceTo);
            clock.advanceTo(midnight.minusSeconds(1));
            progress.dayDone(policy, date);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                int week = day / 7 + 1;
                weeks.add(measure.measure(policy.name(), scenario.seed(), week, date.minusDays(6), clock.instant()));
                progress.weekDone(policy, week);
            }
        }
        return weeks;
    }

    /** The demo's booked patients get their fates; referrals still to vet are vetted; missed ones followed up. */
    private void startFromDemo() {
        List<StateQueries.Booked> booked = state.liveAppointments();
        Map<RequestId, WaitingRequest> views =
                views(booked.stream().map(StateQueries.Booked::request).toList());
        booked.forEach(appointment -> follow(views.get(appointment.request()), appointment));
        Instant start = London.moment(scenario.start(), LocalTime.of(9, 0));
        state.received(List.of()).forEach(toVet -> agenda.at(start, () -> vet(toVet)));
        state.inState(RequestState.DID_NOT_ATTEND).forEach(request -> agenda.at(start, () -> afterMissed(request)));
    }

    private void planDay(int day, LocalDate date) {
        agenda.at(
                London.moment(date, LocalTime.of(7, 0)),
                () -> platform.requests.reassessVetted(Optional.empty(), "system:rules"));
        if (policy.offersReleases()) {
            agenda.at(London.moment(date, QUIET_UNTIL), this::sweepOffers);
        }
        if (policy.optimises() && date.getDayOfWeek() == DayOfWeek.MONDAY) {
            agenda.at(London.moment(date, LocalTime.of(6, 0)), () -> disruption.allocationRun(date));
        }
        if (day == scenario.breakdownDay()) {
            agenda.at(London.moment(date, LocalTime.of(7, 30)), () -> disruption.breakDown(date));
        }
        for (Demand.Arrival arrival : demand.on(date, day)) {
            agenda.at(arrival.at(), () -> receive(arrival));
        }
        boolean clerksWork = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (policy.networkChoice() || clerksWork) {
            agenda.at(London.moment(date, LocalTime.of(10, 0)), this::bookingRound);
            agenda.at(London.moment(date, LocalTime.of(16, 0)), this::bookingRound);
        }
    }

    private void receive(Demand.Arrival arrival) {
        if (platform.requests.receive(arrival.referral()) instanceof ReceiveOutcome.Received received) {
            SplittableRandom random =
                    streams.of("vetting", received.request().id().value());
            Duration after = received.request().priority() == Priority.URGENT
                            || received.request().priority() == Priority.TWO_WEEK_WAIT
                    ? Duration.ofMinutes(60 + random.nextInt(180))
                    : Duration.ofHours(20 + random.nextInt(28));
            RequestId id = received.request().id();
            agenda.at(
                    workingTime(clock.instant().plus(after)),
                    () -> state.received(List.of(id)).forEach(this::vet));
        }
    }

    /** A radiologist justifies the referral (with the results contrast and sedation need) or, for a few, rejects it. */
    private void vet(StateQueries.ToVet request) {
        SplittableRandom random = streams.of("vetting-decision", request.id().value());
        if (random.nextDouble() < scenario.rejectedAtVetting()) {
            platform.requests.reject(
                    new RequestCommand.Reject(request.id(), "Not indicated: discussed with the referrer", RADIOLOGIST));
            return;
        }
        LocalDate today = London.clinicDay(clock.instant());
        platform.requests.justify(
                new RequestCommand.Justify(
                        request.id(),
                        "Standard protocol",
                        request.contrast() ? OptionalInt.of(60 + random.nextInt(40)) : OptionalInt.empty(),
                        request.contrast() ? Optional.of(today.minusDays(random.nextInt(30))) : Optional.empty(),
                        request.sedation() && request.weightKg().isEmpty() ? OptionalInt.of(30) : OptionalInt.empty(),
                        RADIOLOGIST),
                (changed, events) -> org.imagingnetwork.core.audit.AuditRecord.bySystem(
                        RADIOLOGIST,
                        "REQUEST_VETTED",
                        Optional.of(changed.patient()),
                        "vetted " + changed.id().value()));
    }

    /** Every waiting request without an appointment is booked, oldest referral first, if a slot fits. */
    private void bookingRound() {
        Instant now = clock.instant();
        board = new SlotBoard(platform.queries.freeSlotsFrom(now.plus(NOTICE)));
        for (WaitingRequest request : platform.queries.waiting(now)) {
            platform.booker
                    .book(board, request, earliest(request, now), where(request), actor(request))
                    .ifPresent(made -> booked(request, made));
        }
        offerReleases();
    }

    Instant earliest(WaitingRequest request, Instant now) {
        Instant notice = now.plus(NOTICE);
        return request.dueDate()
                .map(due -> London.moment(due.minusDays(7), LocalTime.MIDNIGHT))
                .filter(notice::isBefore)
                .orElse(notice);
    }

    /** Where the policy lets the request go: its own trust's sites, or any the patient can reach. */
    Predicate<FreeSlot> where(WaitingRequest request) {
        return policy.networkChoice()
                ? request::withinReach
                : slot -> slot.trust().equals(request.trust());
    }

    Actor actor(WaitingRequest request) {
        return policy.networkChoice() ? Actor.patient(request.patient()) : Actor.staff("bookings-clerk");
    }

    void booked(WaitingRequest request, Booker.Made made) {
        follow(
                request,
                new StateQueries.Booked(
                        made.appointment().id(),
                        request.id(),
                        made.slot().startsAt(),
                        made.slot()
                                .startsAt()
                                .plus(Duration.ofMinutes(made.slot().minutes())),
                        made.slot().trust()));
    }

    /** Plans what the patient does about this appointment: the rates say whether they cancel, move, miss or come. */
    void follow(WaitingRequest request, StateQueries.Booked appointment) {
        live.put(request.id(), appointment);
        int booking = bookings.merge(request.id(), 1, Integer::sum);
        SplittableRandom random = streams.of("fate", request.id().value(), booking);
        Behaviour.Fate fate = behaviour.fate(random.nextDouble());
        Instant now = clock.instant();
        Instant latest = appointment.startsAt().minus(Duration.ofHours(2));
        if ((fate == Behaviour.Fate.CANCEL || fate == Behaviour.Fate.MOVE) && latest.isAfter(now.plusSeconds(3600))) {
            long window = Duration.between(now.plusSeconds(3600), latest).toMinutes();
            Instant when = workingTime(now.plusSeconds(3600).plus(Duration.ofMinutes(random.nextLong(window + 1))));
            if (when.isBefore(appointment.startsAt())) {
                boolean stillNeeded = random.nextDouble() >= behaviour.withdrawnOfCancelled();
                agenda.at(
                        when,
                        fate == Behaviour.Fate.CANCEL
                                ? () -> cancelledByPatient(request, appointment, stillNeeded)
                                : () -> movedByPatient(request, appointment));
                return;
            }
        }
        if (fate == Behaviour.Fate.DID_NOT_ATTEND) {
            agenda.at(appointment.startsAt().plus(Duration.ofMinutes(15)), () -> missedBy(request, appointment));
            return;
        }
        Duration reportAfter = request.priority() == Priority.URGENT || request.priority() == Priority.TWO_WEEK_WAIT
                ? Duration.ofHours(4 + random.nextInt(20))
                : Duration.ofDays(1 + random.nextInt(7));
        agenda.at(appointment.endsAt(), () -> scanned(request, appointment, reportAfter));
    }

    private boolean stillLive(RequestId request, StateQueries.Booked appointment) {
        StateQueries.Booked current = live.get(request);
        return current != null && current.id().equals(appointment.id());
    }

    private void cancelledByPatient(WaitingRequest request, StateQueries.Booked appointment, boolean stillNeeded) {
        if (!stillLive(request.id(), appointment)) {
            return;
        }
        live.remove(request.id());
        platform.bookings.cancel(new Cancel(
                appointment.id(),
                Actor.patient(request.patient()),
                stillNeeded ? "Patient cannot come and will choose another time" : "Patient no longer needs the scan",
                stillNeeded));
        offerReleases();
    }

    private void movedByPatient(WaitingRequest request, StateQueries.Booked appointment) {
        if (!stillLive(request.id(), appointment)) {
            return;
        }
        Instant now = clock.instant();
        if (board == null) {
            // Before the first booking round: read once, not for every patient moving that morning.
            board = new SlotBoard(platform.queries.freeSlotsFrom(now.plus(NOTICE)));
        }
        Instant from = appointment.startsAt().plus(Duration.ofDays(1));
        platform.booker
                .move(board, request, appointment.id(), from, where(request), actor(request))
                .ifPresentOrElse(made -> booked(request, made), () -> cancelledByPatient(request, appointment, true));
        offerReleases();
    }

    private void missedBy(WaitingRequest request, StateQueries.Booked appointment) {
        if (!stillLive(request.id(), appointment)) {
            return;
        }
        live.remove(request.id());
        if (platform.ris.noShow(appointment.id(), appointment.siteTrust())) {
            agenda.at(workingTime(clock.instant().plus(Duration.ofHours(18))), () -> afterMissed(request.id()));
        }
    }

    /** Bookings staff offer one more appointment after a first missed one, and discharge after a second. */
    private void afterMissed(RequestId request) {
        boolean again = missed.merge(request, 1, Integer::sum) == 1;
        platform.requests.move(new RequestCommand.Move(
                request,
                again ? RequestState.WAITING : RequestState.CANCELLED,
                again
                        ? "Another appointment after a missed one"
                        : "Discharged to the referrer after missed appointments",
                CLERK));
    }

    private void scanned(WaitingRequest request, StateQueries.Booked appointment, Duration reportAfter) {
        if (!stillLive(request.id(), appointment)) {
            return;
        }
        live.remove(request.id());
        if (platform.ris.fulfilled(appointment.id(), appointment.siteTrust())) {
            agenda.at(
                    clock.instant().plus(Duration.ofMinutes(10)),
                    () -> platform.ris.report(request.id(), RisEvent.ACQUIRED, appointment.siteTrust()));
            agenda.at(
                    clock.instant().plus(reportAfter),
                    () -> platform.ris.report(request.id(), RisEvent.REPORTED, appointment.siteTrust()));
        }
    }

    /** Releases since the last look go to the offer engine (policies with offers, outside quiet hours). */
    void offerReleases() {
        List<SlotReleased> released = platform.releases.drain();
        if (!policy.offersReleases() || quiet(clock.instant())) {
            return;
        }
        for (SlotReleased release : released) {
            answer(platform.offers.offerRelease(release.releaseId(), RELEASE_OFFERS, clock.instant()));
        }
    }

    private void sweepOffers() {
        platform.releases.drain();
        Instant now = clock.instant();
        platform.offers.expireLapsed(now);
        if (!quiet(now)) {
            answer(platform.offers.offerWaitingReleases(RELEASE_OFFERS, now, 1000));
        }
    }

    /** Each patient offered a released slot takes it with the Fast Pass study's probability; some decline, the rest let it lapse. */
    private void answer(List<MadeOffer> made) {
        for (MadeOffer offer : made) {
            int asked = offersAsked.merge(offer.request(), 1, Integer::sum);
            SplittableRandom random = streams.of("offer", offer.request().value(), asked);
            long window = Math.max(
                    1, Duration.between(clock.instant(), offer.expiresAt()).toMinutes());
            Instant when = clock.instant().plus(Duration.ofMinutes(random.nextLong(window)));
            if (random.nextDouble() < behaviour.acceptReleasedOffer()) {
                agenda.at(when, () -> accept(offer.request(), offer.slot(), offer.patient()));
            } else if (random.nextBoolean()) {
                agenda.at(when, () -> platform.offers.close(offer.id(), OfferStatus.DECLINED, clock.instant()));
            }
            Instant sweep = offer.expiresAt().plusSeconds(60);
            if (sweeps.add(sweep)) {
                agenda.at(sweep, this::sweepOffers);
            }
        }
    }

    /** The patient takes the offered slot: booked if waiting, moved if booked later. */
    void accept(RequestId request, SlotId slot, org.imagingnetwork.core.patient.PatientId patient) {
        StateQueries.Booked current = live.get(request);
        Actor actor = Actor.patient(patient);
        BookingOutcome outcome = current == null
                ? platform.bookings.book(new Book(request, slot, actor, Optional.empty()))
                : platform.bookings.reschedule(new Reschedule(current.id(), slot, actor, Optional.empty()));
        if (outcome instanceof BookingOutcome.Booked booked) {
            state.liveAppointment(booked.appointment().id())
                    .ifPresent(appointment -> follow(views(List.of(request)).get(request), appointment));
        }
        offerReleases();
    }

    Map<RequestId, WaitingRequest> views(List<RequestId> requests) {
        Map<RequestId, WaitingRequest> views = new HashMap<>();
        platform.queries.requests(clock.instant(), requests).forEach(view -> views.put(view.id(), view));
        return views;
    }

    /** The request's appointment is being taken away by staff: nothing more of it is to be followed. */
    void forget(RequestId request) {
        live.remove(request);
    }

    void at(Instant moment, Runnable action) {
        agenda.at(moment, action);
    }

    Behaviour behaviour() {
        return behaviour;
    }

    Policy policy() {
        return policy;
    }

    private static boolean quiet(Instant moment) {
        LocalTime time = London.atLondon(moment).toLocalTime();
        return !time.isBefore(QUIET_FROM) || time.isBefore(QUIET_UNTIL);
    }

    /** The moment, or 09:00 the next morning if it falls outside 08:00–18:00. */
    private static Instant workingTime(Instant moment) {
        LocalTime time = London.atLondon(moment).toLocalTime();
        if (time.isBefore(LocalTime.of(8, 0))) {
            return London.moment(London.clinicDay(moment), LocalTime.of(9, 0));
        }
        if (time.isAfter(LocalTime.of(18, 0))) {
            return London.moment(London.clinicDay(moment).plusDays(1), LocalTime.of(9, 0));
        }
        return moment;
    }
}
