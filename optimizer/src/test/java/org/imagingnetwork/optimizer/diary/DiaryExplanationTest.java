package org.imagingnetwork.optimizer.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ANNA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.BEN;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_CARDIAC;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.onLeave;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.post;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.session;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import org.imagingnetwork.optimizer.explain.BrokenRule;
import org.imagingnetwork.optimizer.explain.ScoreExplainer;
import org.imagingnetwork.optimizer.explain.ScoreReport;
import org.junit.jupiter.api.Test;

class DiaryExplanationTest {

    @Test
    void explainsADeliberatelyInfeasibleDiaryNamingTheRulesSessionsAndStaff() {
        StaffMember annaOnLeave = onLeave(ANNA, MONDAY);
        RoomSession cardiacWithoutKit = session(1, CDC_MR, MONDAY, 8, 12, MR_CARDIAC);
        RoomSession general = session(2, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        DiaryPlan plan = new DiaryPlan(
                DiaryNetwork.TYPES,
                List.of(annaOnLeave, BEN),
                List.of(),
                List.of(cardiacWithoutKit, general),
                List.of(post(11, cardiacWithoutKit, BEN), post(21, general, annaOnLeave)),
                DiaryWeights.standard());

        SolutionManager<DiaryPlan, HardSoftLongScore> manager = SolutionManager.create(
                SolverFactory.create(DiarySolving.within(Duration.ofSeconds(1)).solverConfig()));
        ScoreReport report = new ScoreExplainer(List.of(DiaryRule.values())).explain(manager.analyze(plan));
        String text = report.text(10);

        assertThat(report.feasible()).isFalse();
        assertThat(text).contains("cannot be published");
        assertThat(report.mustRulesBroken())
                .extracting(broken -> broken.rule().constraintName())
                .contains("Room has the equipment for the session type", "Staff not on leave");
        BrokenRule equipment = broken(report, "Room has the equipment for the session type");
        assertThat(equipment.findings().get(0).sessions()).containsExactly(cardiacWithoutKit.describe());
        assertThat(text)
                .contains("Broken rule: Staff not on leave (1 case")
                .contains("Anna Radiographer on " + general.describe());
        BrokenRule leave = broken(report, "Staff not on leave");
        assertThat(leave.findings().get(0).staff()).containsExactly("Anna Radiographer");
        assertThat(leave.findings().get(0).sessions()).containsExactly(general.describe());
    }

    private static BrokenRule broken(ScoreReport report, String rule) {
        return report.mustRulesBroken().stream()
                .filter(broken -> broken.rule().constraintName().equals(rule))
                .findFirst()
                .orElseThrow();
    }
}
