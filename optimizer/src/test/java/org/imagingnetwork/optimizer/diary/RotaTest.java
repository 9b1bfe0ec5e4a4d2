package org.imagingnetwork.optimizer.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ANNA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CARA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.post;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.session;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotaTest {

    @Test
    void someoneIsFreeForASessionOnlyAtTheirSiteOffLeaveAtNoOtherSessionWithTimeToTravelAndHoursLeft() {
        RoomSession cityMorning = session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        RoomSession cdcMorning = session(2, CDC_MR, MONDAY, 9, 13, MR_GENERAL);
        RoomSession cdcRightAfter = session(3, CDC_MR, MONDAY, 12, 16, MR_GENERAL);
        RoomSession cdcAfternoon = session(4, CDC_MR, MONDAY, 14, 17, MR_GENERAL);
        Rota rota = Rota.of(CrewsTest.plan(
                List.of(cityMorning, cdcMorning, cdcRightAfter, cdcAfternoon),
                List.of(post(11, cityMorning, ANNA)),
                ANNA,
                CARA));

        assertThat(rota.canTake(ANNA, cityMorning)).as("the session she is on").isTrue();
        assertThat(rota.canTake(ANNA, cdcMorning)).as("at the same time").isFalse();
        assertThat(rota.canTake(ANNA, cdcRightAfter))
                .as("9 km away with no time to travel")
                .isFalse();
        assertThat(rota.canTake(ANNA, cdcAfternoon)).as("two hours later").isTrue();
        assertThat(rota.canTake(CARA, cdcAfternoon)).as("not her site").isFalse();
        assertThat(rota.canTake(DiaryNetwork.onLeave(ANNA, MONDAY), cdcAfternoon))
                .as("on leave")
                .isFalse();
    }

    @Test
    void nobodyIsFreeBeyondTheirContractedHours() {
        List<RoomSession> week = new ArrayList<>();
        List<StaffPost> posts = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            RoomSession session = session(day + 1, CITY_CT, MONDAY.plusDays(day), 8, 12, DiaryNetwork.CT_GENERAL);
            week.add(session);
            posts.add(post((day + 1) * 10L + 1, session, CARA));
        }
        RoomSession fifthDayAfternoon = session(9, CITY_MR, MONDAY.plusDays(4), 13, 17, MR_GENERAL);
        week.add(fifthDayAfternoon);

        Rota rota = Rota.of(CrewsTest.plan(week, posts, CARA));

        assertThat(rota.minutesInWeekBesides(CARA, fifthDayAfternoon)).isEqualTo(1200);
        assertThat(rota.canTake(CARA, fifthDayAfternoon))
                .as("20 hours a week, all taken")
                .isFalse();
    }
}
