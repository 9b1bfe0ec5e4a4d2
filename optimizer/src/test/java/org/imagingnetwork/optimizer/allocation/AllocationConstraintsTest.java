package org.imagingnetwork.optimizer.allocation;

import static org.imagingnetwork.optimizer.allocation.Requests.request;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_BARIATRIC_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.CT_CHEST;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MONDAY;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_BRAIN;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.MR_HEART;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.WORCESTER_MR;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.at;
import static org.imagingnetwork.optimizer.allocation.TestNetwork.slot;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.junit.jupiter.api.Test;

/**
 * One test per allocation constraint, named after it: it fires when the rule is broken (including
 * the case where nothing at all fits) and stays silent when the rule holds.
 */
class AllocationConstraintsTest {

    private final ConstraintVerifier<AllocationConstraints, AllocationPlan> verifier =
            ConstraintVerifier.build(new AllocationConstraints(), AllocationPlan.class, Placement.class);

    /** A slot that breaks every hard rule for a default request: wrong modality, wrong exam, too short, paediatric, far away. */
    private static final OpenSlot NOTHING_FITS =
            slot(9901, TestNetwork.CITY_CT, MONDAY, 8, 0, 5, new ListCover(true, false, false), CT_CHEST);

    @Test
    void roomEquipment() {
        OpenSlot cityMr = slot(101, CITY_MR, MONDAY, 9, 0, 45, MR_HEART, MR_BRAIN);
        OpenSlot plainMr = slot(201, CDC_MR, MONDAY, 9, 0, 45, MR_HEART, MR_BRAIN);
        Requests cardiac = request(1).exam(MR_HEART, Modality.MR, 45, Capability.TESLA_3, Capability.CARDIAC);

        verifier.verifyThat(AllocationConstraints::roomEquipment)
                .given(cardiac.placedIn(plainMr))
                .penalizesBy("a room with none of the required equipment is penalised for each missing piece", 2);
        verifier.verifyThat(AllocationConstraints::roomEquipment)
                .given(cardiac.placedIn(cityMr))
                .penalizesBy("has the 3T magnet, lacks only the cardiac package", 1);
        verifier.verifyThat(AllocationConstraints::roomEquipment)
                .given(request(2).placedIn(NOTHING_FITS))
                .penalizesBy("a CT room for an MRI exam", 1);
        verifier.verifyThat(AllocationConstraints::roomEquipment)
                .given(request(3).placedIn(plainMr), request(4).unplaced())
                .hasNoImpact();
        verifier.verifyThat(AllocationConstraints::roomEquipment)
                .given(cardiac.bookedIn(plainMr))
                .hasNoImpact("a booking the plan cannot move is not the plan's to break");
    }

    @Test
    void sessionRunsExam() {
        verifier.verifyThat(AllocationConstraints::sessionRunsExam)
                .given(request(1).placedIn(slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_HEART)))
                .penalizesBy(1);
        verifier.verifyThat(AllocationConstraints::sessionRunsExam)
                .given(request(2).placedIn(NOTHING_FITS))
                .penalizesBy(1);
        verifier.verifyThat(AllocationConstraints::sessionRunsExam)
                .given(request(3).placedIn(slot(102, CITY_MR, MONDAY, 9, 30, 30, MR_HEART, MR_BRAIN)))
                .hasNoImpact();
    }

    @Test
    void slotLongEnough() {
        verifier.verifyThat(AllocationConstraints::slotLongEnough)
                .given(request(1).placedIn(slot(101, CITY_MR, MONDAY, 9, 0, 20, MR_BRAIN)))
                .penalizesBy(1);
        verifier.verifyThat(AllocationConstraints::slotLongEnough)
                .given(request(2).placedIn(NOTHING_FITS))
                .penalizesBy(1);
        verifier.verifyThat(AllocationConstraints::slotLongEnough)
                .given(request(3).placedIn(slot(102, CITY_MR, MONDAY, 9, 30, 30, MR_BRAIN)))
                .hasNoImpact();
    }

    @Test
    void childOrAdult() {
        OpenSlot adultsOnlySite = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot fromFive = slot(301, WORCESTER_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot paediatricList = slot(101, CITY_MR, MONDAY, 9, 0, 30, new ListCover(true, false, false), MR_BRAIN);
        OpenSlot standardList = slot(102, CITY_MR, MONDAY, 9, 30, 30, MR_BRAIN);

        verifier.verifyThat(AllocationConstraints::childOrAdult)
                .given(
                        request(1).age(9).placedIn(adultsOnlySite),
                        request(2).age(3).placedIn(fromFive))
                .penalizesBy("children at a site for adults and below a site's minimum age", 2);
        verifier.verifyThat(AllocationConstraints::childOrAdult)
                .given(request(3).age(40).placedIn(NOTHING_FITS))
                .penalizesBy("an adult on a paediatric list", 1);
        verifier.verifyThat(AllocationConstraints::childOrAdult)
                .given(
                        request(4).age(7).placedIn(fromFive),
                        request(5).age(2).placedIn(paediatricList),
                        request(6).age(40).placedIn(standardList))
                .hasNoImpact();
    }

    @Test
    void sedationCover() {
        OpenSlot sedationList = slot(101, CITY_MR, MONDAY, 9, 0, 60, new ListCover(true, true, false), MR_BRAIN);
        OpenSlot anaestheticList = slot(102, CITY_MR, MONDAY, 10, 0, 60, new ListCover(true, true, true), MR_BRAIN);
        OpenSlot standardList = slot(103, CITY_MR, MONDAY, 11, 0, 60, MR_BRAIN);

        verifier.verifyThat(AllocationConstraints::sedationCover)
                .given(
                        request(1).age(4).needsSedation().placedIn(standardList),
                        request(2).age(4).needsAnaesthetic().placedIn(sedationList),
                        request(3).age(4).needsAnaesthetic().placedIn(NOTHING_FITS))
                .penalizesBy(3);
        verifier.verifyThat(AllocationConstraints::sedationCover)
                .given(
                        request(4).age(4).needsSedation().placedIn(sedationList),
                        request(5).age(4).needsAnaesthetic().placedIn(anaestheticList),
                        request(6).placedIn(standardList))
                .hasNoImpact();
    }

    @Test
    void tableWeight() {
        Requests heavy = request(1).exam(CT_CHEST, Modality.CT, 15).weighing(190);
        verifier.verifyThat(AllocationConstraints::tableWeight)
                .given(heavy.placedIn(slot(101, CITY_CT, MONDAY, 9, 0, 15, CT_CHEST)))
                .penalizesBy("a standard table takes 150 kg", 1);
        verifier.verifyThat(AllocationConstraints::tableWeight)
                .given(request(2).weighing(190).placedIn(NOTHING_FITS))
                .penalizesBy(1);
        verifier.verifyThat(AllocationConstraints::tableWeight)
                .given(
                        heavy.placedIn(slot(201, CDC_BARIATRIC_CT, MONDAY, 9, 0, 15, CT_CHEST)),
                        request(3).placedIn(slot(102, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN)))
                .hasNoImpact();
    }

    @Test
    void oneRequestPerSlot() {
        OpenSlot shared = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot other = slot(102, CITY_MR, MONDAY, 9, 30, 30, MR_BRAIN);
        verifier.verifyThat(AllocationConstraints::oneRequestPerSlot)
                .given(
                        request(1).placedIn(shared),
                        request(2).placedIn(shared),
                        request(3).placedIn(shared))
                .penalizesBy("three patients in one slot make three clashing pairs", 3);
        verifier.verifyThat(AllocationConstraints::oneRequestPerSlot)
                .given(
                        request(4).placedIn(shared),
                        request(5).placedIn(other),
                        request(6).unplaced(),
                        request(7).unplaced())
                .hasNoImpact();
    }

    @Test
    void patientAvailable() {
        OpenSlot monday = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        verifier.verifyThat(AllocationConstraints::patientAvailable)
                .given(request(1).availableFrom(at(MONDAY.plusDays(2), 0, 0)).placedIn(monday))
                .penalizesBy(1);
        verifier.verifyThat(AllocationConstraints::patientAvailable)
                .given(request(2).availableFrom(at(MONDAY, 12, 0)).placedIn(NOTHING_FITS))
                .penalizesBy(1);
        verifier.verifyThat(AllocationConstraints::patientAvailable)
                .given(request(3).availableFrom(at(MONDAY, 9, 0)).placedIn(monday))
                .hasNoImpact();
        verifier.verifyThat(AllocationConstraints::patientAvailable)
                .given(request(4)
                        .availableFrom(at(MONDAY.plusDays(2), 0, 0))
                        .bookedIn(TestNetwork.bookedSlot(102, CITY_MR, MONDAY, 9, 30, 30, MR_BRAIN)))
                .hasNoImpact("booked inside the notice period before the plan was made: a fact, not a choice");
    }

    @Test
    void acceptableSite() {
        OpenSlot city = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        verifier.verifyThat(AllocationConstraints::acceptableSite)
                .given(
                        request(1).onlyAt(CDC).placedIn(city),
                        request(2).onlyAt(CDC, WORCESTER).placedIn(NOTHING_FITS))
                .penalizesBy(2);
        verifier.verifyThat(AllocationConstraints::acceptableSite)
                .given(request(3).onlyAt(CITY, CDC).placedIn(city), request(4).placedIn(city))
                .hasNoImpact();
    }

    @Test
    void maxTravel() {
        OpenSlot worcester = slot(301, WORCESTER_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot city = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        verifier.verifyThat(AllocationConstraints::maxTravel)
                .given(request(1).travelsAtMost(15).placedIn(worcester))
                .penalizesBy("Worcester is about 40 km from Edgbaston", 1);
        verifier.verifyThat(AllocationConstraints::maxTravel)
                .given(request(4).travelsAtMost(1).placedIn(NOTHING_FITS))
                .penalizesBy("nothing at all fits: every site is further than 1 km from Edgbaston", 1);
        verifier.verifyThat(AllocationConstraints::maxTravel)
                .given(request(2).travelsAtMost(15).placedIn(city), request(3).placedIn(worcester))
                .hasNoImpact();
    }

    @Test
    void displacedRebooked() {
        OpenSlot monday = slot(102, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        verifier.verifyThat(AllocationConstraints::displacedRebooked)
                .given(
                        Placement.displaced(request(1).build(), TestNetwork.WEEK),
                        request(2).unplaced())
                .penalizesBy("only the displaced patient counts", 1);
        Placement rebooked = Placement.displaced(request(3).build(), TestNetwork.WEEK);
        rebooked.setSlot(monday);
        verifier.verifyThat(AllocationConstraints::displacedRebooked)
                .given(rebooked, request(4).unplaced())
                .hasNoImpact();
    }

    @Test
    void urgentTarget() {
        OpenSlot friday = slot(101, CITY_MR, MONDAY.plusDays(4), 9, 0, 30, MR_BRAIN);
        OpenSlot monday = slot(102, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        // Referred on Monday a week before the horizon with a 7-day target: due by the horizon's Monday.
        Requests urgent = request(1).referredOn(MONDAY.minusDays(7)).urgent(7);
        verifier.verifyThat(AllocationConstraints::urgentTarget)
                .given(urgent.placedIn(friday))
                .penalizesBy("four days late: one patient seen after the target", 1);
        verifier.verifyThat(AllocationConstraints::urgentTarget)
                .given(
                        request(2).referredOn(MONDAY.minusDays(7)).urgent(7).unplaced(),
                        request(6)
                                .referredOn(MONDAY.minusDays(30))
                                .twoWeekWait()
                                .placedIn(monday))
                .penalizesBy("unplaced counts as seen after the horizon; a suspected cancer already late", 2);
        verifier.verifyThat(AllocationConstraints::urgentTarget)
                .given(
                        request(3).referredOn(MONDAY.minusDays(7)).urgent(7).placedIn(monday),
                        request(4).referredOn(MONDAY.minusDays(3)).twoWeekWait().placedIn(friday),
                        request(5).referredOn(MONDAY.minusWeeks(20)).placedIn(friday))
                .hasNoImpact();
    }

    @Test
    void sixWeekBreach() {
        OpenSlot friday = slot(101, CITY_MR, MONDAY.plusDays(4), 9, 0, 30, MR_BRAIN);
        OpenSlot monday = slot(102, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        LocalDate breachOnWednesday = MONDAY.plusDays(2).minusWeeks(6);
        verifier.verifyThat(AllocationConstraints::sixWeekBreach)
                .given(
                        request(1).referredOn(breachOnWednesday).placedIn(friday),
                        request(2).referredOn(breachOnWednesday).unplaced())
                .penalizesBy("seen after the breach date, and unplaced with a breach date in the horizon", 2);
        verifier.verifyThat(AllocationConstraints::sixWeekBreach)
                .given(
                        request(3).referredOn(breachOnWednesday).placedIn(monday),
                        request(4).referredOn(MONDAY.minusWeeks(2)).unplaced(),
                        request(5)
                                .planned(MONDAY.minusWeeks(10))
                                .referredOn(MONDAY.minusWeeks(30))
                                .placedIn(friday))
                .hasNoImpact();
    }

    @Test
    void weightedWait() {
        OpenSlot monday = slot(102, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        verifier.verifyThat(AllocationConstraints::weightedWait)
                .given(request(1).referredOn(MONDAY.minusDays(10)).placedIn(monday))
                .penalizesBy("ten days squared", 100);
        verifier.verifyThat(AllocationConstraints::weightedWait)
                .given(request(2).referredOn(MONDAY.minusDays(10)).urgent(30).placedIn(monday))
                .penalizesBy("urgent waits weigh three times", 300);
        verifier.verifyThat(AllocationConstraints::weightedWait)
                .given(request(3).referredOn(MONDAY.minusDays(10)).unplaced())
                .penalizesBy("unplaced: fifteen days to the Saturday after the horizon", 225);
        verifier.verifyThat(AllocationConstraints::weightedWait)
                .given(
                        request(4).referredOn(MONDAY).placedIn(monday),
                        request(5)
                                .referredOn(MONDAY.minusWeeks(10))
                                .planned(MONDAY)
                                .placedIn(monday))
                .hasNoImpact();
    }

    @Test
    void evenWaitsAcrossSites() {
        OpenSlot city = slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        OpenSlot city2 = slot(102, CITY_MR, MONDAY, 9, 30, 30, MR_BRAIN);
        OpenSlot cdc = slot(201, CDC_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        verifier.verifyThat(AllocationConstraints::evenWaitsAcrossSites)
                .given(
                        request(1).referredOn(MONDAY.minusDays(10)).placedIn(city),
                        request(2).referredOn(MONDAY.minusDays(30)).placedIn(city2),
                        request(3).referredOn(MONDAY.minusDays(40)).placedIn(cdc))
                .penalizesBy("means of 20 and 40 days: standard deviation 10 days plus half the 20-day range", 2000);
        verifier.verifyThat(AllocationConstraints::evenWaitsAcrossSites)
                .given(
                        request(4).referredOn(MONDAY.minusDays(10)).placedIn(city),
                        request(5).referredOn(MONDAY.minusDays(30)).placedIn(city2),
                        request(6).referredOn(MONDAY.minusDays(20)).placedIn(cdc),
                        request(7).referredOn(MONDAY.minusDays(90)).unplaced())
                .hasNoImpact();
    }

    @Test
    void patientTravel() {
        OpenSlot worcester = slot(301, WORCESTER_MR, MONDAY, 9, 0, 30, MR_BRAIN);
        Placement far = request(1).placedIn(worcester);
        long expected = Math.round(far.request().kilometresTo(WORCESTER) * 10);
        verifier.verifyThat(AllocationConstraints::patientTravel)
                .given(far, request(2).unplaced())
                .penalizesBy("tenths of a kilometre", expected);
        verifier.verifyThat(AllocationConstraints::patientTravel)
                .given(request(3).livingAt(CITY.location()).placedIn(slot(101, CITY_MR, MONDAY, 9, 0, 30, MR_BRAIN)))
                .hasNoImpact();
    }
}
