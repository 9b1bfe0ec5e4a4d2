package org.imagingnetwork.optimizer.diary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;

/**
 * The records a diary problem is built from, however they were read: the network, the exam
 * catalogue, the published sessions of the horizon and which of them have patients booked, the
 * waiting list (the backlog), the requests referred in the {@link #LOOKBACK_WEEKS} before the horizon
 * (the rate), the patients of both, and the days each member of staff is away (leave, sickness,
 * training), on which nobody may roster them. A run reads them from the database; the benchmark takes
 * them from a generated network, so both build the same problem.
 */
public record DiarySources(
        NetworkSnapshot network,
        List<Exam> catalogue,
        List<Session> published,
        Set<SessionId> booked,
        List<Request> waiting,
        List<Request> referred,
        Map<PatientId, Patient> patients,
        Map<String, Set<LocalDate>> daysAway) {

    /** How many weeks of referrals before the horizon set the forecast rate. */
    public static final int LOOKBACK_WEEKS = 4;

    public DiarySources {
        Objects.requireNonNull(network, "network");
        catalogue = List.copyOf(catalogue);
        published = List.copyOf(published);
        booked = Set.copyOf(booked);
        waiting = List.copyOf(waiting);
        referred = List.copyOf(referred);
        patients = Map.copyOf(patients);
        daysAway = daysAway.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, days -> Set.copyOf(days.getValue())));
    }

    /**
     * The diary problem of the given sites' rooms (of one modality, if given) on every day from
     * {@code firstDay} to {@code lastDay}, with the demand of the localities they serve.
     */
    public DiaryPlan plan(
            Set<OdsCode> sites,
            Optional<Modality> modality,
            LocalDate firstDay,
            LocalDate lastDay,
            DiaryWeights weights) {
        SessionTypes types = SessionTypes.from(catalogue);
        Map<OdsCode, String> localities = DiaryProblem.localities(network.trusts());
        var byCode = catalogue.stream().collect(Collectors.toMap(Exam::code, Function.identity()));
        int weeks = (int) Math.max(1, (ChronoUnit.DAYS.between(firstDay, lastDay) + 7) / 7);
        List<Demand> demand = new DemandForecast(
                        types, byCode, patients, trust -> localities.getOrDefault(trust, "UNKNOWN"))
                .forecast(waiting, referred, firstDay, LOOKBACK_WEEKS, weeks);
        List<LocalDate> days = firstDay.datesUntil(lastDay.plusDays(1)).toList();
        return DiaryProblem.build(network, sites, modality, types, days, published, booked, daysAway, demand, weights);
    }
}
