package org.imagingnetwork.optimizer.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WEEK;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFiguresTest {

    @Test
    void measuresBreachesWaitsSpreadUtilisationTravelAndFeasibility() {
        OpenSlot city = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot city2 = slot(102, CITY_MR, MONDAY, 9, 30, 30, MR_BRAIN);
        OpenSlot cdc = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot unused = slot(202, CDC_MR, MONDAY, 9, 30, 30, MR_BRAIN);
        Placement tenDays = request(1).referredOn(MONDAY.minusDays(10)).placedIn(city);
        Placement thirtyDays = request(2).referredOn(MONDAY.minusDays(30)).placedIn(city2);
        Placement fiftyDays = request(3).referredOn(MONDAY.minusDays(50)).placedIn(cdc);
        Placement breachesUnplaced = request(4).referredOn(MONDAY.minusDays(40)).unplaced();
        PlanFigures figures = PlanFigures.of(new AllocationPlan(
                WEEK, List.of(city, city2, cdc, unused), List.of(tenDays, thirtyDays, fiftyDays, breachesUnplaced)));

        assertThat(figures.feasible()).isTrue();
        assertThat(figures.placed()).isEqualTo(3);
        assertThat(figures.unplaced()).isEqualTo(1);
        assertThat(figures.sixWeekBreaches())
                .as("seen on day 50, and unplaced with day 42 inside the week")
                .isEqualTo(2);
        assertThat(figures.meanWaitBySite())
                .containsEntry("Birmingham City Hospital", 20.0)
                .containsEntry("Sutton Coldfield CDC", 50.0);
        assertThat(figures.waitSpreadMaxMinDays()).isEqualTo(30.0);
        assertThat(figures.waitSpreadStdDevDays()).isEqualTo(15.0);
        assertThat(figures.utilisation()).isEqualTo(0.75);
        assertThat(figures.meanTravelKm())
                .isCloseTo(
                        (tenDays.request().kilometresTo(TestNetwork.CITY) * 2
                                        + tenDays.request().kilometresTo(TestNetwork.CDC))
                                / 3,
                        within(1e-9));

        Placement clash = request(5).placedIn(city);
        assertThat(PlanFigures.of(new AllocationPlan(WEEK, List.of(city), List.of(tenDays, clash)))
                        .hardViolations())
                .isEqualTo(1);
        Placement bookedForTheWrongExam = request(6)
                .exam(TestNetwork.MR_HEART, org.imagingnetwork.core.network.Modality.MR, 30)
                .bookedIn(city2);
        assertThat(PlanFigures.of(
                                new AllocationPlan(WEEK, List.of(city, city2), List.of(tenDays, bookedForTheWrongExam)))
                        .hardViolations())
                .as("a booking the plan cannot move is not the plan's violation")
                .isZero();
    }
}
