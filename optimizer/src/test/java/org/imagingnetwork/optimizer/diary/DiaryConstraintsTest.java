package org.imagingnetwork.optimizer.diary;

import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ANNA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.BEN;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CARA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CT_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.DEV;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ELLA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.FAYE;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_ANAESTHETIC;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_CARDIAC;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_CONTRAST;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_PAEDIATRIC;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_SEDATION;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.onLeave;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.post;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.published;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.session;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One test per diary constraint, named after it: it fires when the rule is broken (including the
 * case where nothing at all fits) and stays silent when the rule holds.
 */
class DiaryConstraintsTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final ConstraintVerifier<DiaryConstraints, DiaryPlan> verifier =
            ConstraintVerifier.build(new DiaryConstraints(), DiaryPlan.class, RoomSession.class, StaffPost.class);

    @Test
    void roomEquipment() {
        verifier.verifyThat(DiaryConstraints::roomEquipment)
                .given(session(1, CDC_MR, MONDAY, 8, 12, MR_CARDIAC))
                .penalizesBy("a room with none of the required equipment is penalised for each missing piece", 2);
        verifier.verifyThat(DiaryConstraints::roomEquipment)
                .given(session(2, CITY_MR, MONDAY, 8, 12, CT_GENERAL))
                .penalizesBy("a CT session in an MRI room", 1);
        verifier.verifyThat(DiaryConstraints::roomEquipment)
                .given(session(3, CITY_MR, MONDAY, 8, 12, MR_CONTRAST), session(4, CDC_MR, MONDAY, 8, 12, null))
                .hasNoImpact();
    }

    @Test
    void paediatricSite() {
        verifier.verifyThat(DiaryConstraints::paediatricSite)
                .given(session(1, CDC_MR, MONDAY, 8, 12, MR_PAEDIATRIC))
                .penalizesBy(1);
        verifier.verifyThat(DiaryConstraints::paediatricSite)
                .given(session(2, CITY_MR, MONDAY, 8, 12, MR_PAEDIATRIC), session(3, CDC_MR, MONDAY, 8, 12, MR_GENERAL))
                .hasNoImpact();
    }

    @Test
    void staffSkills() {
        RoomSession general = session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        RoomSession sedation = session(2, CITY_MR, MONDAY, 13, 17, MR_SEDATION);
        verifier.verifyThat(DiaryConstraints::staffSkills)
                .given(general, post(11, general, DEV), post(12, general, ELLA))
                .penalizesBy("a sonographer and a sedation nurse cannot run a general MRI list", 2);
        verifier.verifyThat(DiaryConstraints::staffSkills)
                .given(general, sedation, post(13, general, ANNA), post(21, sedation, ELLA), post(22, sedation, BEN))
                .hasNoImpact();
    }

    @Test
    void staffHomeSite() {
        RoomSession cdc = session(1, CDC_MR, MONDAY, 8, 12, MR_GENERAL);
        RoomSession city = session(2, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        verifier.verifyThat(DiaryConstraints::staffHomeSite)
                .given(cdc, post(11, cdc, CARA))
                .penalizesBy(1);
        verifier.verifyThat(DiaryConstraints::staffHomeSite)
                .given(city, cdc, post(21, city, CARA), post(12, cdc, ANNA))
                .hasNoImpact();
    }

    @Test
    void staffOnLeave() {
        StaffMember annaOffMonday = onLeave(ANNA, MONDAY);
        RoomSession monday = session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        RoomSession tuesday = session(2, CITY_MR, TUESDAY, 8, 12, MR_GENERAL);
        verifier.verifyThat(DiaryConstraints::staffOnLeave)
                .given(monday, post(11, monday, annaOffMonday))
                .penalizesBy(1);
        verifier.verifyThat(DiaryConstraints::staffOnLeave)
                .given(tuesday, post(21, tuesday, annaOffMonday))
                .hasNoImpact();
    }

    @Test
    void staffDoubleBooked() {
        RoomSession morning = session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        RoomSession overlapping = session(2, CITY_CT, MONDAY, 10, 14, CT_GENERAL);
        RoomSession afternoon = session(3, CITY_CT, MONDAY, 12, 16, CT_GENERAL);
        verifier.verifyThat(DiaryConstraints::staffDoubleBooked)
                .given(post(11, morning, ANNA), post(21, overlapping, ANNA))
                .penalizesBy(1);
        verifier.verifyThat(DiaryConstraints::staffDoubleBooked)
                .given(post(11, morning, ANNA), post(12, morning, BEN), post(31, afternoon, ANNA))
                .hasNoImpact();
    }

    @Test
    void staffMaxHours() {
        // Cara is contracted for 20 hours: six four-hour sessions in one week are four hours too many.
        java.util.List<Object> oneWeek = new java.util.ArrayList<>();
        java.util.List<Object> twoWeeks = new java.util.ArrayList<>();
        for (int day = 0; day < 3; day++) {
            oneWeek.add(post(100 + day, session(10 + day, CITY_MR, MONDAY.plusDays(day), 8, 12, MR_GENERAL), CARA));
            oneWeek.add(post(200 + day, session(20 + day, CITY_CT, MONDAY.plusDays(day), 13, 17, CT_GENERAL), CARA));
            twoWeeks.add(post(300 + day, session(30 + day, CITY_MR, MONDAY.plusDays(day), 8, 12, MR_GENERAL), CARA));
            twoWeeks.add(
                    post(400 + day, session(40 + day, CITY_MR, MONDAY.plusDays(7 + day), 8, 12, MR_GENERAL), CARA));
        }
        verifier.verifyThat(DiaryConstraints::staffMaxHours)
                .given(oneWeek.toArray())
                .penalizesBy(240);
        verifier.verifyThat(DiaryConstraints::staffMaxHours)
                .given(twoWeeks.toArray())
                .hasNoImpact();
    }

    @Test
    void staffTravel() {
        RoomSession cityMorning = session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        RoomSession cdcNoon = session(2, CDC_MR, MONDAY, 12, 16, MR_GENERAL);
        RoomSession cdcOne = session(3, CDC_MR, TUESDAY, 13, 17, MR_GENERAL);
        RoomSession cityTuesday = session(4, CITY_MR, TUESDAY, 8, 12, MR_GENERAL);
        verifier.verifyThat(DiaryConstraints::staffTravel)
                .given(post(11, cityMorning, ANNA), post(21, cdcNoon, ANNA))
                .penalizesBy("no time to cross Birmingham between noon sessions", 1);
        verifier.verifyThat(DiaryConstraints::staffTravel)
                .given(
                        post(41, cityTuesday, ANNA),
                        post(31, cdcOne, ANNA),
                        post(11, cityMorning, BEN),
                        post(22, cdcNoon, ANNA))
                .hasNoImpact();
    }

    @Test
    void staffOnUnrunSession() {
        RoomSession unrun = session(1, CITY_MR, MONDAY, 8, 12, null);
        RoomSession running = session(2, CITY_MR, MONDAY, 13, 17, MR_GENERAL);
        verifier.verifyThat(DiaryConstraints::staffOnUnrunSession)
                .given(unrun, running, post(11, unrun, ANNA), post(21, running, BEN))
                .penalizesBy(1);
        verifier.verifyThat(DiaryConstraints::staffOnUnrunSession)
                .given(unrun, running, post(22, running, ANNA), new StaffPost(12, unrun, 2, null))
                .hasNoImpact();
    }

    @Test
    void minimumStaffing() {
        RoomSession nobody = session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        RoomSession annaAndNurse = session(2, CITY_MR, MONDAY, 13, 17, MR_SEDATION);
        RoomSession full = session(3, CDC_MR, MONDAY, 8, 12, MR_GENERAL);
        verifier.verifyThat(DiaryConstraints::minimumStaffing)
                .given(nobody, annaAndNurse, post(21, annaAndNurse, ANNA), post(22, annaAndNurse, ELLA))
                .penalizesBy("an MRI session with nobody lacks two; with one radiographer and a nurse, one", 3);
        verifier.verifyThat(DiaryConstraints::minimumStaffing)
                .given(full, post(31, full, ANNA), post(32, full, BEN), session(4, CITY_MR, TUESDAY, 8, 12, null))
                .hasNoImpact();
    }

    @Test
    void paediatricCover() {
        RoomSession untrained = session(1, CITY_MR, MONDAY, 8, 12, MR_PAEDIATRIC);
        RoomSession empty = session(2, CITY_MR, TUESDAY, 8, 12, MR_PAEDIATRIC);
        RoomSession trained = session(3, CITY_MR, MONDAY, 13, 17, MR_PAEDIATRIC);
        verifier.verifyThat(DiaryConstraints::paediatricCover)
                .given(untrained, empty, post(11, untrained, ANNA), post(12, untrained, CARA))
                .penalizesBy(2);
        verifier.verifyThat(DiaryConstraints::paediatricCover)
                .given(trained, post(31, trained, BEN), session(4, CITY_MR, TUESDAY, 13, 17, MR_GENERAL))
                .hasNoImpact();
    }

    @Test
    void contrastCover() {
        RoomSession noCannulation = session(1, CITY_MR, MONDAY, 8, 12, MR_CONTRAST);
        RoomSession empty = session(2, CITY_MR, TUESDAY, 8, 12, MR_CONTRAST);
        RoomSession covered = session(3, CITY_MR, MONDAY, 13, 17, MR_CONTRAST);
        verifier.verifyThat(DiaryConstraints::contrastCover)
                .given(noCannulation, empty, post(11, noCannulation, BEN), post(12, noCannulation, CARA))
                .penalizesBy(2);
        verifier.verifyThat(DiaryConstraints::contrastCover)
                .given(covered, post(31, covered, ANNA), post(32, covered, BEN))
                .hasNoImpact();
    }

    @Test
    void sedationCover() {
        RoomSession sedationWithoutNurse = session(1, CITY_MR, MONDAY, 8, 12, MR_SEDATION);
        RoomSession anaestheticWithNurseOnly = session(2, CITY_MR, MONDAY, 13, 17, MR_ANAESTHETIC);
        RoomSession emptyAnaesthetic = session(3, CITY_MR, TUESDAY, 8, 12, MR_ANAESTHETIC);
        verifier.verifyThat(DiaryConstraints::sedationCover)
                .given(
                        sedationWithoutNurse,
                        anaestheticWithNurseOnly,
                        emptyAnaesthetic,
                        post(11, sedationWithoutNurse, ANNA),
                        post(12, sedationWithoutNurse, BEN),
                        post(21, anaestheticWithNurseOnly, ANNA),
                        post(22, anaestheticWithNurseOnly, ELLA))
                .penalizesBy(3);
        RoomSession sedation = session(4, CITY_MR, TUESDAY, 13, 17, MR_SEDATION);
        RoomSession anaesthetic = session(5, CITY_MR, MONDAY.plusDays(2), 8, 12, MR_ANAESTHETIC);
        verifier.verifyThat(DiaryConstraints::sedationCover)
                .given(
                        sedation,
                        anaesthetic,
                        post(41, sedation, ELLA),
                        post(51, anaesthetic, FAYE),
                        session(6, CDC_MR, MONDAY, 8, 12, MR_GENERAL))
                .hasNoImpact();
    }

    @Test
    void demandMet() {
        Demand eightHours = new Demand("QHL", MR_GENERAL.family(), 480, 0, 0, 1);
        Demand contrastHours = new Demand("QHL", MR_CONTRAST.family(), 240, 0, 0, 1);
        verifier.verifyThat(DiaryConstraints::demandMet)
                .given(eightHours, contrastHours, session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL))
                .penalizesBy("four hours short of general MRI, and no contrast session at all", 240 + 240);
        // Four hours a week forecast, twelve waiting (three weeks behind), four of them due this week.
        Demand withPatientsDue = new Demand("QHL", MR_GENERAL.family(), 240, 720, 240, 1);
        verifier.verifyThat(DiaryConstraints::demandMet)
                .given(withPatientsDue, session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL))
                .penalizesBy(
                        "four hours short of the patients due, each minute weighed one more than three weeks", 240 * 4);
        verifier.verifyThat(DiaryConstraints::demandMet)
                .given(
                        withPatientsDue,
                        session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL),
                        session(2, CDC_MR, MONDAY, 8, 12, MR_GENERAL))
                .hasNoImpact();
        verifier.verifyThat(DiaryConstraints::demandMet)
                .given(
                        eightHours,
                        session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL),
                        session(2, CDC_MR, MONDAY, 8, 12, MR_GENERAL))
                .hasNoImpact();
    }

    @Test
    void furthestBehindFirst() {
        // Three weeks behind: 720 minutes of backlog on 240 minutes a week.
        Demand behind = new Demand("QHL", MR_GENERAL.family(), 240, 720, 0, 1);
        verifier.verifyThat(DiaryConstraints::furthestBehindFirst)
                .given(
                        behind,
                        session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL),
                        session(2, CDC_MR, MONDAY, 8, 12, MR_GENERAL))
                .penalizesBy("240 spare minutes leave 480 of backlog, weighed three times", 480 * 3);
        verifier.verifyThat(DiaryConstraints::furthestBehindFirst)
                .given(behind)
                .penalizesBy("no capacity at all: all 720 minutes left", 720 * 3);
        verifier.verifyThat(DiaryConstraints::furthestBehindFirst)
                .given(
                        new Demand("QHL", MR_GENERAL.family(), 240, 720, 240, 1),
                        session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL),
                        session(2, CDC_MR, MONDAY, 8, 12, MR_GENERAL))
                .penalizesBy(
                        "the eight hours go to the forecast and the patients due: the 480 that can wait are left",
                        480 * 3);
        verifier.verifyThat(DiaryConstraints::furthestBehindFirst)
                .given(
                        new Demand("QHL", MR_GENERAL.family(), 240, 0, 0, 1),
                        session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL))
                .hasNoImpact();
    }

    @Test
    void workloadBalance() {
        RoomSession monday = session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        RoomSession tuesday = session(2, CITY_MR, TUESDAY, 8, 12, MR_GENERAL);
        verifier.verifyThat(DiaryConstraints::workloadBalance)
                .given(post(11, monday, CARA), post(21, tuesday, CARA))
                .penalizesBy("Cara at 40% of 20 hours costs 16", 16);
        verifier.verifyThat(DiaryConstraints::workloadBalance)
                .given(post(11, monday, CARA), post(21, tuesday, ANNA))
                .penalizesBy("spread: Cara at 20% costs 4 and Anna at 10% of 37 hours costs 1", 5);
        verifier.verifyThat(DiaryConstraints::workloadBalance)
                .given(monday, new StaffPost(12, monday, 1, null))
                .hasNoImpact();
    }

    @Test
    void sessionTypeChanged() {
        RoomSession retyped = published(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        retyped.setType(MR_CONTRAST);
        RoomSession dropped = published(2, CITY_MR, TUESDAY, 8, 12, MR_GENERAL);
        dropped.setType(null);
        verifier.verifyThat(DiaryConstraints::sessionTypeChanged)
                .given(retyped, dropped)
                .penalizesBy(2);
        verifier.verifyThat(DiaryConstraints::sessionTypeChanged)
                .given(
                        published(3, CITY_MR, MONDAY, 13, 17, MR_GENERAL),
                        session(4, CDC_MR, MONDAY, 8, 12, MR_CONTRAST))
                .hasNoImpact();
    }

    @Test
    void staffChanged() {
        RoomSession publishedSession = published(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        StaffPost swapped = new StaffPost(11, publishedSession, 1, ANNA);
        swapped.setStaff(BEN);
        StaffPost emptied = new StaffPost(12, publishedSession, 2, CARA);
        emptied.setStaff(null);
        verifier.verifyThat(DiaryConstraints::staffChanged)
                .given(publishedSession, swapped, emptied)
                .penalizesBy(2);
        RoomSession fresh = session(2, CDC_MR, MONDAY, 8, 12, MR_GENERAL);
        verifier.verifyThat(DiaryConstraints::staffChanged)
                .given(publishedSession, new StaffPost(13, publishedSession, 1, ANNA), fresh, post(21, fresh, BEN))
                .hasNoImpact();
    }
}
