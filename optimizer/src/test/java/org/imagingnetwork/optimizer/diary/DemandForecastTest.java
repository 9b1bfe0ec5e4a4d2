package org.imagingnetwork.optimizer.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.diary.CoreRecords.exam;
import static org.imagingnetwork.optimizer.diary.CoreRecords.patient;
import static org.imagingnetwork.optimizer.diary.CoreRecords.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;
import org.junit.jupiter.api.Test;

class DemandForecastTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 7);
    private static final Exam BRAIN = exam("MBRAI", Modality.MR, 30, false);
    private static final SessionTypes TYPES = SessionTypes.from(List.of(BRAIN));
    private static final OdsCode BIRMINGHAM = new OdsCode("RRK");
    private static final OdsCode WORCESTER = new OdsCode("RWP");

    @Test
    void forecastsMinutesPerLocalityAndListFromReferralRateAndBacklogWithThePatientsDueInTheHorizon() {
        Patient adult = patient(1, LocalDate.of(1970, 1, 1));
        Patient child = patient(2, LocalDate.of(2019, 1, 1));
        List<Request> referred = List.of(
                request(
                        1,
                        1,
                        "MBRAI",
                        BIRMINGHAM,
                        London.moment(FROM.minusWeeks(1), java.time.LocalTime.NOON),
                        ClinicalNeeds.none()),
                request(
                        2,
                        1,
                        "MBRAI",
                        BIRMINGHAM,
                        London.moment(FROM.minusWeeks(3), java.time.LocalTime.NOON),
                        ClinicalNeeds.none()),
                request(
                        3,
                        2,
                        "MBRAI",
                        WORCESTER,
                        London.moment(FROM.minusWeeks(2), java.time.LocalTime.NOON),
                        CoreRecords.sedation()));
        List<Request> waiting = List.of(
                // Past six weeks already: due.
                request(
                        4,
                        2,
                        "MBRAI",
                        BIRMINGHAM,
                        London.moment(FROM.minusWeeks(9), java.time.LocalTime.NOON),
                        ClinicalNeeds.none()),
                // Breaches in the horizon's second week: due.
                request(
                        5,
                        1,
                        "MBRAI",
                        BIRMINGHAM,
                        London.moment(FROM.minusWeeks(5), java.time.LocalTime.NOON),
                        ClinicalNeeds.none()),
                // Breaches the day after the horizon ends: can wait.
                request(
                        6,
                        1,
                        "MBRAI",
                        BIRMINGHAM,
                        London.moment(FROM.minusWeeks(4), java.time.LocalTime.NOON),
                        ClinicalNeeds.none()));
        DemandForecast forecast = new DemandForecast(
                TYPES,
                Map.of(BRAIN.code(), BRAIN),
                Map.of(adult.id(), adult, child.id(), child),
                Map.of(BIRMINGHAM, "QHL", WORCESTER, "QGH")::get);

        List<Demand> demand = forecast.forecast(waiting, referred, FROM, 4, 2);

        assertThat(demand)
                .containsExactly(
                        // A sedated child is seen on a paediatric MRI list: children are scanned asleep there.
                        new Demand("QGH", "Paediatric MRI", 45 * 2 / 4, 0, 0, 2),
                        new Demand("QHL", "MRI general", 60 * 2 / 4, 30 + 30, 30, 2),
                        new Demand("QHL", "Paediatric MRI", 0, 45, 45, 2));
        assertThat(DemandForecast.referredWithin(referred.get(0), FROM, 4)).isTrue();
        assertThat(DemandForecast.referredWithin(waiting.get(0), FROM, 4)).isFalse();
    }
}
