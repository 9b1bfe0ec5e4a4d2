package org.imagingnetwork.optimizer.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ANNA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.BEN;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CARA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CDC;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CT_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_CONTRAST;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.TYPES;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.at;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.optimizer.sessiontype.SessionType;
import org.junit.jupiter.api.Test;

class CrewedConstructionTest {

    @Test
    void opensSessionsWithTheirWholeCrewForTheFamiliesInDemandAndBreaksNoRule() {
        List<Demand> demand = List.of(
                new Demand("QHL", MR_GENERAL.family(), 480, 0, 0, 1),
                new Demand("QHL", CT_GENERAL.family(), 240, 0, 0, 1));
        DiaryPlan built = construct(problem(demand, null));

        assertThat(built.score().isFeasible()).as("score %s", built.score()).isTrue();
        assertThat(built.sessions()).filteredOn(RoomSession::running).isNotEmpty();
        for (RoomSession session : built.sessions()) {
            if (session.running()) {
                assertThat(List.of(MR_GENERAL, CT_GENERAL)).contains(session.type());
                assertThat(built.posts().stream()
                                .filter(post -> post.session() == session && post.staff() != null)
                                .filter(post ->
                                        post.staff().competentFor(session.room().modality())))
                        .as("%s has its crew", session)
                        .hasSizeGreaterThanOrEqualTo(2);
            }
        }
        long mriMinutes = built.sessions().stream()
                .filter(s -> s.type() == MR_GENERAL)
                .mapToLong(RoomSession::minutes)
                .sum();
        assertThat(mriMinutes).as("opens no more than the demand needs").isLessThanOrEqualTo(480 + 239);
    }

    @Test
    void leavesAPublishedSessionAsPublishedAndASessionNobodyNeedsClosed() {
        DiaryPlan built = construct(problem(List.of(), MR_CONTRAST));

        assertThat(built.sessions())
                .filteredOn(RoomSession::published)
                .allMatch(session -> session.type() == MR_CONTRAST)
                .isNotEmpty();
        assertThat(built.sessions())
                .filteredOn(session -> !session.published())
                .as("no demand: nothing new is opened")
                .noneMatch(RoomSession::running);
        assertThat(built.posts())
                .filteredOn(post -> post.session().published())
                .as("the published crew is not touched")
                .allMatch(post -> post.staff() == post.publishedStaff());
    }

    private static DiaryPlan construct(DiaryPlan problem) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(DiaryPlan.class)
                .withEntityClasses(RoomSession.class, StaffPost.class)
                .withConstraintProviderClass(DiaryConstraints.class)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new CrewedConstruction()));
        return SolverFactory.<DiaryPlan>create(config).buildSolver().solve(problem);
    }

    /** Monday and Tuesday, three rooms, morning and afternoon; the CDC's Monday morning published with the given type and Anna and Ben. */
    private static DiaryPlan problem(List<Demand> demand, SessionType published) {
        List<RoomSession> sessions = new ArrayList<>();
        List<StaffPost> posts = new ArrayList<>();
        long id = 1;
        for (int day = 0; day < 2; day++) {
            for (Room room : List.of(CITY_MR, CDC_MR, CITY_CT)) {
                for (int[] hours : new int[][] {{8, 12}, {13, 17}}) {
                    boolean isPublished = published != null && id == 3;
                    RoomSession session = new RoomSession(
                            id,
                            room,
                            room == CDC_MR ? CDC : CITY,
                            "QHL",
                            at(MONDAY.plusDays(day), hours[0]),
                            at(MONDAY.plusDays(day), hours[1]),
                            isPublished ? published : null,
                            false);
                    sessions.add(session);
                    for (int position = 0; position < 3; position++) {
                        StaffMember staff =
                                isPublished && position < 2 ? List.of(ANNA, BEN).get(position) : null;
                        posts.add(new StaffPost(id * 10 + position, session, position, staff));
                    }
                    id++;
                }
            }
        }
        return new DiaryPlan(TYPES, List.of(ANNA, BEN, CARA), demand, sessions, posts, DiaryWeights.standard());
    }
}
