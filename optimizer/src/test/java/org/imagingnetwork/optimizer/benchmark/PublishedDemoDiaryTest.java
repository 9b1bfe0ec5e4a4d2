package org.imagingnetwork.optimizer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.optimizer.allocation.Horizon;
import org.imagingnetwork.optimizer.diary.DiaryFinding;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiarySolving;
import org.imagingnetwork.optimizer.diary.DiaryWeights;
import org.imagingnetwork.optimizer.diary.RoomSession;
import org.junit.jupiter.api.Test;

/**
 * The demo generator and the optimiser share scheduler-core's catalogue of session types, so a re-plan
 * of the demo's published diary starts from it: every published session is recognised, but for those
 * staff closed, whose time a plan leaves out. Scored by the optimiser's rules, the generated diary
 * (SMALL, seed 42, its second week) breaks exactly one: a member of staff without the time to travel
 * between two sites in a day, which the generator's rota does not check; the test prints the staff
 * and sessions concerned and fails if anything else, or anything more, breaks.
 */
class PublishedDemoDiaryTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void theGeneratedDemoDiaryIsRecognisedAndBreaksOnlyTheTravelRuleItsRotaDoesNotApply() {
        DemoNetwork demo = DemoNetwork.generate(DemoPreset.SMALL, 42, MONDAY);
        Horizon week = new Horizon(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(6));
        long publishedInWeek = demo.sessions().stream()
                .filter(session -> week.contains(session.clinicDate()))
                .filter(session -> session.status() != SessionStatus.BLOCKED)
                .count();
        long closedInWeek = demo.sessions().stream()
                .filter(session -> week.contains(session.clinicDate()))
                .filter(session -> session.status() == SessionStatus.BLOCKED)
                .count();
        DemoDiaryParts parts = DemoDiaryParts.of(demo, week, false);
        SolutionManager<DiaryPlan, HardSoftLongScore> scoring = SolutionManager.create(
                SolverFactory.create(DiarySolving.within(Duration.ofSeconds(1)).solverConfig()));

        long recognised = 0;
        Map<String, Integer> broken = new TreeMap<>();
        List<String> findings = new ArrayList<>();
        for (Ics ics : demo.integratedCareSystems()) {
            DiaryPlan part = parts.part(ics.code(), DiaryWeights.standard());
            recognised +=
                    part.sessions().stream().filter(RoomSession::published).count();
            ScoreAnalysis<HardSoftLongScore> analysis = scoring.analyze(part);
            analysis.constraintMap().values().stream()
                    .filter(constraint -> constraint.score().hardScore() != 0)
                    .forEach(constraint -> {
                        broken.merge(
                                constraint.constraintRef().constraintName(), constraint.matchCount(), Integer::sum);
                        constraint
                                .matches()
                                .forEach(match ->
                                        findings.add(constraint.constraintRef().constraintName() + ": "
                                                + ((DiaryFinding) match.justification()).inWords()));
                    });
        }

        assertThat(publishedInWeek).isPositive();
        assertThat(closedInWeek).as("the week has a session staff closed").isPositive();
        assertThat(recognised)
                .as("published sessions recognised, all but those staff closed, whose time is left out")
                .isEqualTo(publishedInWeek);
        findings.forEach(System.out::println);
        assertThat(broken)
                .as("hard rules the published demo diary breaks, with how often: %s", findings)
                .isEqualTo(Map.of("Time to travel between sites", 1));
    }
}
