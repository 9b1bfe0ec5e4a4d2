package org.imagingnetwork.optimizer.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.sessiontype.SessionType;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;

/**
 * Forecasts each locality's demand per exam family from the waiting list: the referral rate of
 * the last weeks carried forward over the horizon, the backlog of requests already waiting, and of
 * that backlog the requests due in the horizon (see {@link #dueBy}), all in scanner minutes for the
 * list each patient needs.
 */
public final class DemandForecast {

    private final SessionTypes types;
    private final Map<ExamCode, Exam> exams;
    private final Map<PatientId, Patient> patients;
    private final Function<OdsCode, String> localityOfTrust;

    public DemandForecast(
            SessionTypes types,
            Map<ExamCode, Exam> exams,
            Map<PatientId, Patient> patients,
            Function<OdsCode, String> localityOfTrust) {
        this.types = types;
        this.exams = exams;
        this.patients = patients;
        this.localityOfTrust = localityOfTrust;
    }

    /**
     * @param waiting requests still waiting for an appointment (the backlog)
     * @param referred requests received in the {@code lookbackWeeks} before {@code from} (the rate)
     */
    public List<Demand> forecast(
            List<Request> waiting, List<Request> referred, LocalDate from, int lookbackWeeks, int horizonWeeks) {
        if (lookbackWeeks < 1 || horizonWeeks < 1) {
            throw new IllegalArgumentException("lookbackWeeks and horizonWeeks must be at least 1");
        }
        LocalDate lastDay = from.plusWeeks(horizonWeeks).minusDays(1);
        Map<String, long[]> minutes = new TreeMap<>();
        for (Request request : referred) {
            minutesFor(request, from)
                    .ifPresent(need -> minutes.computeIfAbsent(need.key(), k -> new long[3])[0] += need.minutes());
        }
        for (Request request : waiting) {
            boolean due = !dueBy(request).isAfter(lastDay);
            minutesFor(request, from).ifPresent(need -> {
                long[] values = minutes.computeIfAbsent(need.key(), k -> new long[3]);
                values[1] += need.minutes();
                values[2] += due ? need.minutes() : 0;
            });
        }
        List<Demand> demands = new ArrayList<>();
        minutes.forEach((key, values) -> {
            String[] parts = key.split("\\|", 2);
            long perHorizon = values[0] * horizonWeeks / lookbackWeeks;
            demands.add(new Demand(parts[0], parts[1], perHorizon, values[1], values[2], horizonWeeks));
        });
        demands.sort(Comparator.comparing(Demand::locality).thenComparing(Demand::family));
        return demands;
    }

    private Optional<Need> minutesFor(Request request, LocalDate on) {
        Exam exam = exams.get(request.exam());
        Patient patient = patients.get(request.patient());
        if (exam == null || patient == null) {
            return Optional.empty();
        }
        int age = patient.ageOn(on);
        Optional<SessionType> list = types.listFor(
                exam, age, request.needs().needsSedation(), request.needs().needsGeneralAnaesthetic());
        Duration duration = exam.durationFor(age);
        return list.map(type -> new Need(
                localityOfTrust.apply(request.referral().referringTrust()) + "|" + type.family(),
                duration.toMinutes()));
    }

    /**
     * The day by which a waiting patient must be seen: their six-week breach date, or for a planned
     * exam (outside the six-week standard) the day it falls due. A patient whose day falls in the
     * horizon, or has passed, is due in it.
     */
    private static LocalDate dueBy(Request request) {
        return request.priority() == Priority.PLANNED
                ? request.dueDate().orElse(request.breachDate())
                : request.breachDate();
    }

    /** Whether a request counts towards the referral rate: received within the look-back before the horizon. */
    public static boolean referredWithin(Request request, LocalDate from, int lookbackWeeks) {
        LocalDate received = London.clinicDay(request.receivedAt());
        return !received.isBefore(from.minusWeeks(lookbackWeeks)) && received.isBefore(from);
    }

    private record Need(String key, long minutes) {}
}
