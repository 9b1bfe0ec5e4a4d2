package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_BARIATRIC_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CT_CHEST;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Modality;
import org.junit.jupiter.api.Test;

/**
 * Two sites, each with one MRI proposal on Monday and one CT patient booked already: the city's CT
 * patient waited 60 days, the CDC's 10. Counted over both modalities, the city's mean is far longer
 * unless the MRI patient who waited longer goes to the CDC, which the MRI group's solver alone cannot
 * see.
 */
class SiteLevellingTest {

    private static final SolutionManager<AllocationPlan, BendableLongScore> SCORES = SolutionManager.create(
            SolverFactory.create(AllocationSolving.within(Duration.ofSeconds(1)).solverConfig()));
    private static final GeoPoint SUTTON_COLDFIELD = new GeoPoint(52.5700, -1.8200);

    private final OpenSlot cityMr = TestNetwork.slot(1, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
    private final OpenSlot cdcMr = TestNetwork.slot(2, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN);

    @Test
    void tradesSameDaySlotsSoThatSitesWaitsAreEvenOverEveryModality() {
        Placement longWaiter = request(11).referredOn(MONDAY.minusDays(50)).placedIn(cityMr);
        Placement shortWaiter = request(12)
                .referredOn(MONDAY.minusDays(20))
                .livingAt(SUTTON_COLDFIELD)
                .placedIn(cdcMr);
        AllocationPlan plan = plan(longWaiter, shortWaiter);
        BendableLongScore before = SCORES.update(plan);

        int moves = SiteLevelling.level(plan, Instant.now().plusSeconds(5));

        assertThat(moves).isEqualTo(1);
        assertThat(longWaiter.slot()).isEqualTo(cdcMr);
        assertThat(shortWaiter.slot()).isEqualTo(cityMr);
        assertThat(PlanFigures.of(plan).waitSpreadMaxMinDays())
                .as("(60 + 20) / 2 against (10 + 50) / 2")
                .isEqualTo(10);
        BendableLongScore after = SCORES.update(plan);
        assertThat(after.isFeasible()).isTrue();
        for (int level = 0; level < 4; level++) {
            assertThat(after.softScore(level)).as("soft level %d", level).isEqualTo(before.softScore(level));
        }
        assertThat(after.softScore(4)).as("evenness").isGreaterThan(before.softScore(4));
    }

    @Test
    void movesNobodyToASiteTheyWouldNotGoToNorToAnotherDay() {
        Placement longWaiter = request(11).referredOn(MONDAY.minusDays(50)).placedIn(cityMr);
        Placement onlyAtTheCdc =
                request(12).referredOn(MONDAY.minusDays(20)).onlyAt(CDC).placedIn(cdcMr);
        OpenSlot cdcTuesday = TestNetwork.slot(3, CDC_MR, MONDAY.plusDays(1), 9, 0, 30, MR_BRAIN);
        Placement tuesday = request(13).referredOn(MONDAY.minusDays(19)).placedIn(cdcTuesday);
        AllocationPlan plan = plan(longWaiter, onlyAtTheCdc, tuesday);

        assertThat(SiteLevelling.level(plan, Instant.now().plusSeconds(5))).isZero();
        assertThat(longWaiter.slot()).isEqualTo(cityMr);
        assertThat(onlyAtTheCdc.slot()).isEqualTo(cdcMr);
        assertThat(tuesday.slot()).isEqualTo(cdcTuesday);
    }

    private AllocationPlan plan(Placement... proposals) {
        OpenSlot cityCt = TestNetwork.bookedSlot(4, CITY_CT, MONDAY, 9, 0, 20, CT_CHEST);
        OpenSlot cdcCt = TestNetwork.bookedSlot(5, CDC_BARIATRIC_CT, MONDAY, 9, 0, 20, CT_CHEST);
        Placement bookedLong = request(1)
                .exam(CT_CHEST, Modality.CT, 20)
                .referredOn(MONDAY.minusDays(60))
                .bookedIn(cityCt);
        Placement bookedShort = request(2)
                .exam(CT_CHEST, Modality.CT, 20)
                .referredOn(MONDAY.minusDays(10))
                .bookedIn(cdcCt);
        List<OpenSlot> slots = new ArrayList<>(List.of(cityCt, cdcCt));
        List<Placement> placements = new ArrayList<>(List.of(bookedLong, bookedShort));
        for (Placement proposal : proposals) {
            slots.add(proposal.slot());
            placements.add(proposal);
        }
        return new AllocationPlan(TestNetwork.WEEK, slots, placements);
    }
}
