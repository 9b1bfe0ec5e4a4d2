package org.imagingnetwork.optimizer.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ANNA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.BEN;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CARA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.TYPES;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.at;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionMovesTest {

    private static final StaffMember ANNA_AWAY = DiaryNetwork.onLeave(ANNA, MONDAY);

    @Test
    void aSessionMoveRepairsOnlyThePostOfWhoeverIsOnLeaveOrStopsTheSessionWhole() {
        Fixture fixture = new Fixture(false);
        for (int seed = 0; seed < 200; seed++) {
            SessionChange change =
                    SessionMoves.draw(fixture.session, TYPES, fixture.rota, fixture.posts, new Random(seed));
            if (!change.isMoveDoable(null)) {
                continue;
            }
            if (change.type() == null) {
                assertThat(change.crew()).as("a stopped session keeps nobody").containsOnlyNulls();
            } else if (change.type() == MR_GENERAL) {
                assertThat(change.crew()).as("repair").containsExactly(BEN, CARA, null);
            } else {
                assertThat(fixture.session.canRun(change.type())).isTrue();
                assertThat(change.crew()).doesNotContain(ANNA_AWAY);
            }
        }
    }

    @Test
    void aSessionWithPatientsBookedKeepsItsTypeAndOnlyItsCrewChanges() {
        Fixture fixture = new Fixture(true);
        for (int seed = 0; seed < 200; seed++) {
            SessionChange change =
                    SessionMoves.draw(fixture.session, TYPES, fixture.rota, fixture.posts, new Random(seed));
            assertThat(change.type()).isEqualTo(MR_GENERAL);
            assertThat(change.crew()).containsExactly(BEN, CARA, null);
        }
        SessionChange stop = SessionChange.stop(fixture.session, fixture.posts.of(fixture.session));
        assertThat(stop.isMoveDoable(null)).as("a booked session cannot stop").isFalse();
    }

    @Test
    void aMoveThatChangesNothingIsNotDoable() {
        Fixture fixture = new Fixture(false);
        List<StaffPost> posts = fixture.posts.of(fixture.session);
        assertThat(new SessionChange(fixture.session, MR_GENERAL, posts, Arrays.asList(BEN, ANNA_AWAY, null))
                        .isMoveDoable(null))
                .isFalse();
        assertThat(new SessionChange(fixture.session, MR_GENERAL, posts, Arrays.asList(BEN, CARA, null))
                        .isMoveDoable(null))
                .isTrue();
    }

    /** An MRI morning published as general with Ben and Anna, Anna now on leave, Cara free. */
    private static final class Fixture {
        final RoomSession session;
        final Rota rota;
        final Posts posts;

        Fixture(boolean booked) {
            session = new RoomSession(1, CITY_MR, CITY, "QHL", at(MONDAY, 8), at(MONDAY, 12), MR_GENERAL, booked);
            List<StaffPost> sessionPosts = List.of(
                    new StaffPost(10, session, 0, BEN),
                    new StaffPost(11, session, 1, ANNA_AWAY),
                    new StaffPost(12, session, 2, null));
            DiaryPlan plan = new DiaryPlan(
                    TYPES,
                    List.of(ANNA_AWAY, BEN, CARA),
                    List.of(),
                    List.of(session),
                    sessionPosts,
                    DiaryWeights.standard());
            rota = Rota.of(plan);
            posts = Posts.of(plan);
        }
    }
}
