package org.imagingnetwork.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Protocol;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.SixWeekBreach;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.time.London;

/**
 * Tells each generated request's story up to the moment the demo starts: referral received, vetted
 * (or rejected) by a radiologist, made appointable when its trust's rule holds, then booked or
 * cancelled — an event row for every step, in time order, with the rule that fired on the step to
 * WAITING, as the request service itself would have written them. A request is only moved to
 * WAITING if its trust's rule really holds for it; the generator fails loudly otherwise.
 */
final class RequestHistory {

    private static final List<String> REJECTIONS = List.of(
            "Not indicated: ultrasound first",
            "Duplicate of a request already on the waiting list",
            "Insufficient clinical information; returned to referrer",
            "Radiation dose not justified for this indication");
    private static final List<String> CANCELLATIONS = List.of(
            "Patient no longer wishes to proceed",
            "Examination done at another provider",
            "Patient moved out of the area",
            "Referrer withdrew the request");

    private final Instant asOf;
    private final Dice dice;
    private final List<Request> requests = new ArrayList<>();
    private final List<RequestEvent> events = new ArrayList<>();
    private int storyStart;

    RequestHistory(Instant asOf, Dice dice) {
        this.asOf = asOf;
        this.dice = dice;
    }

    List<Request> requests() {
        return requests;
    }

    List<RequestEvent> events() {
        return events;
    }

    /** A request received and not yet vetted. */
    Request received(DraftReferral draft) {
        RequestId id = nextId();
        receive(id, draft);
        return store(id, draft, RequestState.RECEIVED, Protocol.notSet());
    }

    /** A request a radiologist turned down at vetting. */
    Request rejected(DraftReferral draft) {
        RequestId id = nextId();
        receive(id, draft);
        Instant vetted = vettingTime(draft);
        move(
                id,
                vetted,
                "staff:" + draft.vetter(),
                RequestState.RECEIVED,
                RequestState.REJECTED,
                dice.pick(REJECTIONS));
        return store(id, draft, RequestState.REJECTED, Protocol.notSet());
    }

    /**
     * A vetted request its trust's rule does not yet make appointable: a contrast exam still waiting
     * for its eGFR, a protocol still to be set, or a planned exam not yet due.
     */
    Request vettedNotAppointable(DraftReferral draft) {
        RequestId id = nextId();
        receive(id, draft);
        Instant vetted = vettingTime(draft);
        move(id, vetted, "staff:" + draft.vetter(), RequestState.RECEIVED, RequestState.VETTED, "Vetted");
        // A contrast exam is protocolled but has no eGFR yet; any other waits for its protocol.
        Protocol protocol = draft.needs().needsContrast()
                ? new Protocol(Optional.of(protocolFor(draft)), OptionalInt.empty(), Optional.empty())
                : Protocol.notSet();
        Request request = store(id, draft, RequestState.VETTED, protocol);
        if (draft.rule().holdsFor(request, London.clinicDay(asOf))) {
            throw new IllegalStateException("generated request " + id + " would be appointable under " + draft.rule());
        }
        return request;
    }

    /** A request on the waiting list: vetted, and appointable under its trust's rule. */
    Request waiting(DraftReferral draft) {
        return appointable(nextId(), draft, RequestState.WAITING, Optional.empty());
    }

    /** A request the patient or the trust withdrew while it waited. */
    Request cancelled(DraftReferral draft) {
        return appointable(nextId(), draft, RequestState.CANCELLED, Optional.empty());
    }

    /** A request booked into a slot by {@code booker}; {@code bookedInto} says where, for the event's reason. */
    Request appointed(DraftReferral draft, String booker, String bookedInto) {
        return appointable(nextId(), draft, RequestState.APPOINTED, Optional.of(new Booking(booker, bookedInto)));
    }

    /** When the latest event happened: for an appointed request, when it was booked. */
    Instant lastEventAt() {
        return events.get(events.size() - 1).occurredAt();
    }

    private Request appointable(RequestId id, DraftReferral draft, RequestState target, Optional<Booking> booking) {
        receive(id, draft);
        Instant vetted = vettingTime(draft);
        String vetter = "staff:" + draft.vetter();
        move(id, vetted, vetter, RequestState.RECEIVED, RequestState.VETTED, "Vetted");
        Instant appointable = vetted;
        String actor = vetter;
        if (draft.needs().needsContrast() && dice.chance(0.5)) {
            // The eGFR came back from the lab after vetting; recording it made the request appointable.
            appointable = between(vetted.plus(Duration.ofHours(2)), later(vetted, 0.3, Duration.ofDays(5)));
            actor = "system:pathology-results";
        }
        if (draft.priority() == Priority.PLANNED && holdsPlanned(draft)) {
            // Held back until due within the window; the nightly reassessment then made it appointable.
            Instant due = London.moment(
                    draft.dueDate().orElseThrow().minusDays(DemoRules.PLANNED_WINDOW_DAYS), LocalTime.of(2, 0));
            if (due.isAfter(appointable)) {
                appointable = due;
                actor = "system:nightly-reassessment";
            }
        }
        OptionalInt egfr = OptionalInt.empty();
        Optional<LocalDate> measured = Optional.empty();
        if (draft.needs().needsContrast()) {
            LocalDate day = London.clinicDay(appointable);
            measured = Optional.of(day.minusDays(dice.between(0, DemoRules.egfrDays(draft.rule()) - 7)));
            egfr = OptionalInt.of(dice.between(45, 110));
        }
        Protocol protocol = new Protocol(Optional.of(protocolFor(draft)), egfr, measured);
        Request vettedForm = build(id, draft, RequestState.VETTED, protocol, 0);
        if (!appointable.isBefore(asOf) || !draft.rule().holdsFor(vettedForm, London.clinicDay(appointable))) {
            throw new IllegalStateException("generated request " + id + " is not appointable at " + appointable + ": "
                    + draft.rule().unmetFor(vettedForm, London.clinicDay(appointable)));
        }
        move(
                id,
                appointable,
                actor,
                RequestState.VETTED,
                RequestState.WAITING,
                "Appointable: rule '" + draft.rule().name() + "' holds",
                Optional.of(draft.rule().id().value()));
        if (target == RequestState.CANCELLED) {
            move(
                    id,
                    between(appointable.plus(Duration.ofHours(1)), asOf.minus(Duration.ofHours(1))),
                    "staff:" + draft.referral().referringTrust() + "-bookings",
                    RequestState.WAITING,
                    RequestState.CANCELLED,
                    dice.pick(CANCELLATIONS));
        }
        if (target == RequestState.APPOINTED) {
            Booking made = booking.orElseThrow();
            move(
                    id,
                    between(appointable.plus(Duration.ofMinutes(10)), asOf.minus(Duration.ofMinutes(10))),
                    made.booker,
                    RequestState.WAITING,
                    RequestState.APPOINTED,
                    "Booked into " + made.slot);
        }
        return store(id, draft, target, protocol);
    }

    private boolean holdsPlanned(DraftReferral draft) {
        return draft.rule().conditions().stream().anyMatch(c -> c instanceof Condition.DueWithinDaysIfPlanned);
    }

    private RequestId nextId() {
        return new RequestId(requests.size() + 1L);
    }

    private void receive(RequestId id, DraftReferral draft) {
        storyStart = events.size();
        events.add(new RequestEvent(
                id,
                draft.receivedAt(),
                "system:e-referral",
                Optional.empty(),
                RequestState.RECEIVED,
                "Referral from " + draft.referral().clinician(),
                Optional.empty()));
    }

    private void move(RequestId id, Instant at, String actor, RequestState from, RequestState to, String reason) {
        move(id, at, actor, from, to, reason, Optional.empty());
    }

    private void move(
            RequestId id,
            Instant at,
            String actor,
            RequestState from,
            RequestState to,
            String reason,
            Optional<Long> rule) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("generator tried " + from + " to " + to);
        }
        events.add(new RequestEvent(id, at, actor, Optional.of(from), to, reason, rule));
    }

    /** Vetting happens within a week of referral, and always before the demo starts. */
    private Instant vettingTime(DraftReferral draft) {
        return between(
                draft.receivedAt().plus(Duration.ofHours(2)), later(draft.receivedAt(), 0.3, Duration.ofDays(7)));
    }

    /** A moment after {@code from}: the given share of the time left before the demo starts, at most {@code cap}. */
    private Instant later(Instant from, double share, Duration cap) {
        Duration left = Duration.between(from, asOf);
        Duration step = Duration.ofSeconds((long) (left.getSeconds() * share));
        return from.plus(step.compareTo(cap) < 0 ? step : cap);
    }

    private Instant between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return from;
        }
        long seconds = Duration.between(from, to).getSeconds();
        return from.plusSeconds((long) (dice.between(0.0, 1.0) * seconds));
    }

    private String protocolFor(DraftReferral draft) {
        return "Standard " + draft.exam().name() + " protocol";
    }

    /** Keeps the request; its version counts its moves, as each move in the request service bumps it. */
    private Request store(RequestId id, DraftReferral draft, RequestState state, Protocol protocol) {
        Request request = build(id, draft, state, protocol, events.size() - storyStart - 1);
        requests.add(request);
        return request;
    }

    private static Request build(
            RequestId id, DraftReferral draft, RequestState state, Protocol protocol, int version) {
        return new Request(
                id,
                draft.patient().id(),
                draft.exam().code(),
                draft.priority(),
                draft.dueDate(),
                draft.referral(),
                draft.receivedAt(),
                SixWeekBreach.dateFor(draft.receivedAt()),
                state,
                draft.needs(),
                protocol,
                draft.preferences(),
                version);
    }

    private record Booking(String booker, String slot) {}
}
