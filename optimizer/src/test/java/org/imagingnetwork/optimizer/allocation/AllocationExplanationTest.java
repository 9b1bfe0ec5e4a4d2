package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_HEART;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WEEK;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.optimizer.explain.ScoreExplainer;
import org.imagingnetwork.optimizer.explain.ScoreReport;
import org.junit.jupiter.api.Test;

class AllocationExplanationTest {

    @Test
    void explainsADeliberatelyInfeasiblePlanNamingTheRulesPatientsAndSessions() {
        OpenSlot cdcMonday = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN, MR_HEART);
        OpenSlot cityMonday = slot(101, CITY_MR, MONDAY, 9, 0, 45, MR_BRAIN, MR_HEART);
        Placement first = request(11).placedIn(cdcMonday);
        Placement second = request(12).placedIn(cdcMonday);
        Placement cardiac = request(13)
                .exam(MR_HEART, Modality.MR, 45, Capability.TESLA_3, Capability.CARDIAC)
                .placedIn(cityMonday);
        AllocationPlan plan = new AllocationPlan(WEEK, List.of(cdcMonday, cityMonday), List.of(first, second, cardiac));

        SolverFactory<AllocationPlan> factory = SolverFactory.create(
                AllocationSolving.within(Duration.ofSeconds(1)).solverConfig());
        SolutionManager<AllocationPlan, BendableLongScore> manager = SolutionManager.create(factory);
        ScoreReport report = new ScoreExplainer(List.of(AllocationRule.values())).explain(manager.analyze(plan));
        String text = report.text(10);

        assertThat(report.feasible()).isFalse();
        assertThat(report.mustRulesBroken())
                .extracting(broken -> broken.rule().constraintName())
                .containsExactly("Room has the equipment the exam needs", "One patient per slot");
        assertThat(text)
                .contains("cannot be published")
                .contains("Broken rule: One patient per slot (1 case")
                .contains(
                        "Patients 943 476 0011 and 943 476 0012 are both given MRI 1, Sutton Coldfield CDC, Mon 7 Dec 09:00")
                .contains(
                        "Patient 943 476 0013 (MHEAR) in MRI 1, Birmingham City Hospital, Mon 7 Dec 09:00: the room lacks a cardiac package");
        assertThat(report.mustRulesBroken().get(1).findings().get(0).patients())
                .containsExactly("943 476 0011", "943 476 0012");
        assertThat(report.mustRulesBroken().get(1).findings().get(0).sessions())
                .containsExactly("MRI 1, Sutton Coldfield CDC, Mon 7 Dec 09:00");
    }
}
