package org.imagingnetwork.optimizer.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ANNA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.BEN;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CARA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CT_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_CONTRAST;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.TYPES;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.session;

import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;
import org.junit.jupiter.api.Test;

class CapacityLimitsTest {

    /** Anna, Ben (37 h a week) and Cara (20 h) on the one Monday planned: a fifth of their week each. */
    private static final List<StaffMember> RADIOGRAPHERS = List.of(ANNA, BEN, CARA);

    @Test
    void saysTheDemandDueIsMetOrThatRoomTimeCannotHoldIt() {
        DiaryPlan plan = plan(
                List.of(
                        // Four hours forecast, eight waiting of which four are due.
                        new Demand("QHL", MR_GENERAL.family(), 240, 480, 240, 1),
                        // Four hours forecast and six due: ten hours for one room's four-hour block.
                        new Demand("QHL", CT_GENERAL.family(), 240, 600, 360, 1)),
                List.of(
                        session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL),
                        session(2, CDC_MR, MONDAY, 8, 12, MR_GENERAL),
                        session(3, CITY_CT, MONDAY, 8, 12, CT_GENERAL)));

        List<CapacityLimit> limits = CapacityLimits.of(plan);

        assertThat(limits).extracting(CapacityLimit::modality).containsExactly(Modality.CT, Modality.MR);
        CapacityLimit ct = limits.get(0);
        assertThat(ct.limit()).isEqualTo(CapacityLimit.Limit.ROOM_TIME);
        assertThat(ct.demandDueMinutes()).isEqualTo(600);
        assertThat(ct.metMinutes()).isEqualTo(240);
        assertThat(ct.backlogDueMetMinutes())
                .as("the one block serves the forecast first")
                .isZero();
        assertThat(ct.roomMinutes()).isEqualTo(240);
        assertThat(ct.inWords()).contains("Extend hours");
        CapacityLimit mri = limits.get(1);
        assertThat(mri.limit()).isEqualTo(CapacityLimit.Limit.NONE);
        assertThat(mri.metMinutes()).isEqualTo(480);
        assertThat(mri.backlogDueMetMinutes()).isEqualTo(240);
        assertThat(mri.runMinutes()).isEqualTo(480);
        assertThat(mri.staff()).containsExactly(new SkillHours(Skill.MR, 480 * 2, (37 + 37 + 20) * 60 / 5, 3));
    }

    @Test
    void namesTheSkillShortestOfTheHoursTheDemandDueNeeds() {
        DiaryPlan plan = plan(
                List.of(new Demand("QHL", MR_CONTRAST.family(), 0, 960, 960, 1)),
                List.of(
                        session(1, CITY_MR, MONDAY, 8, 12, MR_CONTRAST),
                        session(2, CITY_MR, MONDAY, 13, 17, null),
                        session(3, CDC_MR, MONDAY, 8, 12, null),
                        session(4, CDC_MR, MONDAY, 13, 17, null)));

        CapacityLimit mri = CapacityLimits.of(plan).get(0);

        assertThat(mri.roomMinutes()).isEqualTo(960);
        assertThat(mri.staff())
                .containsExactlyInAnyOrder(
                        // Two competent in MRI on every session: 32 hours; Anna, Ben and Cara have 18.8.
                        new SkillHours(Skill.MR, 960 * 2, (37 + 37 + 20) * 60 / 5, 3),
                        // Only Anna gives contrast: 7.4 of the 16 hours needed.
                        new SkillHours(Skill.CONTRAST_CANNULATION, 960, 37 * 60 / 5, 1));
        assertThat(mri.limit()).isEqualTo(CapacityLimit.Limit.STAFF);
        assertThat(mri.shortSkill()).contains(Skill.CONTRAST_CANNULATION);
        assertThat(mri.inWords()).startsWith("Staff who can give contrast:").contains("Hire or train");
    }

    @Test
    void blamesTheRotaWhenRoomsAndStaffHoursAddUp() {
        DiaryPlan plan = plan(
                List.of(new Demand("QHL", MR_GENERAL.family(), 480, 0, 0, 1)),
                List.of(
                        session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL),
                        session(2, CITY_MR, MONDAY, 13, 17, null),
                        session(3, CDC_MR, MONDAY, 8, 12, null)));

        CapacityLimit mri = CapacityLimits.of(plan).get(0);

        assertThat(mri.metMinutes()).isEqualTo(240);
        assertThat(mri.staff()).noneMatch(SkillHours::isShort);
        assertThat(mri.limit()).isEqualTo(CapacityLimit.Limit.ROTA);
        assertThat(mri.shortSkill()).isEqualTo(Optional.empty());
    }

    @Test
    void blamesRoomTimeWhenEveryRoomBlockRunsAndTheDemandDueIsStillShort() {
        DiaryPlan plan = plan(
                List.of(new Demand("QHL", MR_GENERAL.family(), 480, 0, 0, 1)),
                List.of(
                        session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL),
                        // The room's other block runs another list: every minute of room time is used.
                        session(2, CITY_MR, MONDAY, 13, 17, MR_CONTRAST)));

        CapacityLimit mri = CapacityLimits.of(plan).get(0);

        assertThat(mri.roomMinutes()).isEqualTo(480).isEqualTo(mri.demandDueMinutes());
        assertThat(mri.metMinutes()).isEqualTo(240);
        assertThat(mri.limit()).isEqualTo(CapacityLimit.Limit.ROOM_TIME);
    }

    @Test
    void countsNoHoursOnADayAway() {
        DiaryPlan plan = plan(
                List.of(new Demand("QHL", MR_GENERAL.family(), 240, 0, 0, 1)),
                List.of(session(1, CITY_MR, MONDAY, 8, 12, null)));
        plan = new DiaryPlan(
                TYPES,
                List.of(DiaryNetwork.onLeave(ANNA, MONDAY), BEN),
                plan.demands(),
                plan.sessions(),
                List.of(),
                DiaryWeights.standard());

        assertThat(CapacityLimits.of(plan).get(0).staff())
                .containsExactly(new SkillHours(Skill.MR, 480, 37 * 60 / 5, 2));
    }

    private static DiaryPlan plan(List<Demand> demand, List<RoomSession> sessions) {
        return new DiaryPlan(TYPES, RADIOGRAPHERS, demand, sessions, List.of(), DiaryWeights.standard());
    }
}
