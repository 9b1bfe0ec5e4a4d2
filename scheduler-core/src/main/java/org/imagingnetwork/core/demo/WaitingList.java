package org.imagingnetwork.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.rules.Condition;

/**
 * The requests not yet booked: referrals still to be vetted, vetted ones waiting for a result, the
 * waiting list proper, and some rejected or withdrawn. Each trust's list grows with the square of its
 * pressure, so the trusts over capacity have lists several weeks of their own diary long, many past
 * the six-week standard, while balanced trusts have a few days' worth.
 */
final class WaitingList {

    /** Weeks of a balanced trust's own diary its waiting list holds. */
    private static final double WEEKS_OF_CAPACITY = 0.6;

    private final NetworkParts parts;
    private final ReferralDrafter drafter;
    private final PatientFactory patients;
    private final RequestHistory history;
    private final Dice dice;

    WaitingList(
            NetworkParts parts, ReferralDrafter drafter, PatientFactory patients, RequestHistory history, Dice dice) {
        this.parts = parts;
        this.drafter = drafter;
        this.patients = patients;
        this.history = history;
        this.dice = dice;
    }

    void refer(Diary diary, int weeks) {
        Map<String, Map<Modality, Integer>> capacities = weeklyCapacity(diary, weeks);
        for (String trust : parts.trusts().keySet().stream().sorted().toList()) {
            Map<Modality, Integer> capacity = capacities.getOrDefault(trust, Map.of());
            for (Modality modality : Modality.values()) {
                double pressure = parts.pressure(trust);
                long count = Math.round(capacity.getOrDefault(modality, 0) * WEEKS_OF_CAPACITY * pressure * pressure);
                List<Exam> exams = parts.exams().values().stream()
                        .filter(e -> e.modality() == modality)
                        .sorted((a, b) -> a.code().value().compareTo(b.code().value()))
                        .toList();
                for (long i = 0; i < count; i++) {
                    refer(trust, dice.pick(exams));
                }
            }
        }
    }

    private void refer(String trust, Exam exam) {
        List<String> sites = parts.sitesOf(trust);
        SiteSeed home = parts.site(dice.pick(sites));
        int youngestSeen = sites.stream()
                .mapToInt(s -> parts.site(s).minChildAge())
                .filter(a -> a >= 0)
                .min()
                .orElse(-1);
        // An exam not done for adults (infant hips) is referred only for the children it is done for,
        // and not at all by a trust none of whose sites sees children that young.
        boolean adultExam = DemoExams.offeredTo(exam, AgeBand.ADULT);
        OptionalInt childAge = youngestSeen >= 0 && (!adultExam || dice.chance(0.06))
                ? childAge(exam, youngestSeen)
                : OptionalInt.empty();
        if (!adultExam && childAge.isEmpty()) {
            return;
        }
        Patient patient = childAge.isPresent()
                ? patients.patient(childAge.getAsInt(), parts.today(), home.postcode(), parts.nearWales(trust))
                : adult(home, trust);
        ClinicalNeeds needs = drafter.needs(
                exam,
                patient.ageOn(parts.today()),
                false,
                dice.chance(0.03) ? OptionalInt.of(250) : OptionalInt.empty());
        Priority priority = drafter.priority(exam.modality());
        Optional<LocalDate> due = priority == Priority.PLANNED
                ? Optional.of(parts.today().plusDays(dice.between(-14, 120)))
                : Optional.empty();
        double roll = dice.between(0.0, 1.0);
        RequestState state = roll < 0.12
                ? RequestState.RECEIVED
                : roll < 0.20
                        ? RequestState.VETTED
                        : roll < 0.24
                                ? RequestState.REJECTED
                                : roll < 0.30 ? RequestState.CANCELLED : RequestState.WAITING;
        boolean notYetDue = due.isPresent()
                && !due.get().minusDays(DemoRules.PLANNED_WINDOW_DAYS).isBefore(parts.today())
                && drafter.ruleOf(trust).conditions().stream()
                        .anyMatch(c -> c instanceof Condition.DueWithinDaysIfPlanned);
        if (notYetDue && (state == RequestState.WAITING || state == RequestState.CANCELLED)) {
            state = RequestState.VETTED;
        }
        Instant received = received(state, priority, due, trust);
        DraftReferral draft = drafter.draft(
                patient, exam, priority, due, trust, received, needs, drafter.preferences(sites, Optional.empty()));
        switch (state) {
            case RECEIVED -> history.received(draft);
            case VETTED -> history.vettedNotAppointable(draft);
            case REJECTED -> history.rejected(draft);
            case CANCELLED -> history.cancelled(draft);
            default -> history.waiting(draft);
        }
    }

    private Patient adult(SiteSeed home, String trust) {
        if (dice.chance(0.08)) {
            Optional<Patient> again = patients.existingAdult();
            if (again.isPresent()) {
                return again.get();
            }
        }
        return patients.patient(
                (int) dice.normal(58, 18, 18, 97), parts.today(), home.postcode(), parts.nearWales(trust));
    }

    private OptionalInt childAge(Exam exam, int youngestSeen) {
        if (DemoExams.offeredTo(exam, AgeBand.CHILD)) {
            return OptionalInt.of(dice.between(Math.max(5, youngestSeen), 17));
        }
        if (DemoExams.offeredTo(exam, AgeBand.INFANT) && youngestSeen <= 4) {
            return OptionalInt.of(dice.between(youngestSeen, 4));
        }
        return OptionalInt.empty();
    }

    /** How long ago the referral came, by where it has got to; waits stretch with the trust's pressure. */
    private Instant received(RequestState state, Priority priority, Optional<LocalDate> due, String trust) {
        LocalDate today = parts.today();
        int daysAgo = switch (state) {
            case RECEIVED -> dice.between(0, 3);
            case VETTED -> dice.between(3, 30);
            case REJECTED, CANCELLED -> dice.between(5, 60);
            default -> {
                int longest = priority == Priority.URGENT || priority == Priority.TWO_WEEK_WAIT
                        ? 14
                        : (int) (42 * parts.pressure(trust) * 1.3);
                yield 3 + (int) ((longest - 3) * Math.pow(dice.between(0.0, 1.0), 1.3));
            }
        };
        LocalDate day = today.minusDays(daysAgo);
        if (due.isPresent() && state != RequestState.RECEIVED) {
            LocalDate fromDue = due.get().minusDays(dice.between(60, 180));
            day = fromDue.isBefore(today.minusDays(2)) ? fromDue : today.minusDays(2);
        }
        return drafter.duringWorkingDay(day);
    }

    /** Bookable slots a week in each modality across each trust's rooms: its own diary's capacity. */
    private Map<String, Map<Modality, Integer>> weeklyCapacity(Diary diary, int weeks) {
        Set<SessionId> released = diary.sessions().stream()
                .filter(s -> s.status() == SessionStatus.RELEASED)
                .map(Session::id)
                .collect(Collectors.toSet());
        Map<String, Map<Modality, Integer>> capacity = new HashMap<>();
        for (Slot slot : diary.slots()) {
            if (released.contains(slot.session())) {
                Room room = parts.room(slot.roomId());
                capacity.computeIfAbsent(parts.site(room.site().value()).trust(), t -> new EnumMap<>(Modality.class))
                        .merge(room.modality(), 1, Integer::sum);
            }
        }
        capacity.values().forEach(perModality -> perModality.replaceAll((modality, slots) -> slots / weeks));
        return capacity;
    }
}
