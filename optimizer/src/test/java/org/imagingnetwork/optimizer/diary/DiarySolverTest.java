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
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.DEV;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ELLA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.FAYE;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_CONTRAST;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_PAEDIATRIC;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.TYPES;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.at;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.junit.jupiter.api.Test;

class DiarySolverTest {

    private static final List<StaffMember> STAFF = List.of(ANNA, BEN, CARA, DEV, ELLA, FAYE);
    private static final List<Demand> DEMAND = List.of(
            new Demand("QHL", MR_GENERAL.family(), 1440, 960, 0, 1),
            new Demand("QHL", MR_CONTRAST.family(), 480, 0, 0, 1),
            new Demand("QHL", MR_PAEDIATRIC.family(), 240, 0, 0, 1),
            new Demand("QHL", DiaryNetwork.CT_GENERAL.family(), 480, 240, 0, 1));

    @Test
    void buildsAFeasibleWeekWithoutScoreCorruptionInFullAssert() {
        DiaryPlan solved = solve(week(Map.of(), Map.of(), DiaryWeights.standard()), EnvironmentMode.FULL_ASSERT, 10);

        assertThat(solved.score().isFeasible()).as("score %s", solved.score()).isTrue();
        long running = solved.sessions().stream().filter(RoomSession::running).count();
        assertThat(running).as("staff allow some sessions to run").isPositive();
        for (RoomSession session : solved.sessions()) {
            if (session.running()) {
                long competent = solved.posts().stream()
                        .filter(post -> post.session() == session && post.staff() != null)
                        .filter(post -> post.staff().competentFor(session.room().modality()))
                        .count();
                assertThat(competent)
                        .as("%s staffed", session)
                        .isGreaterThanOrEqualTo(
                                Staffing.minimumFor(session.room().modality()));
            }
        }
        assertThat(solved.sessions().stream()
                        .filter(s -> s.id() == 1)
                        .findFirst()
                        .orElseThrow()
                        .type())
                .as("the session with booked patients keeps its type")
                .isEqualTo(MR_GENERAL);
    }

    @Test
    void reoptimisingAPublishedDiaryChangesOnlyWhatLeaveForces() {
        DiaryPlan first = solve(week(Map.of(), Map.of(), DiaryWeights.standard()), EnvironmentMode.PHASE_ASSERT, 5);
        Map<Long, org.imagingnetwork.optimizer.sessiontype.SessionType> types = new HashMap<>();
        Map<Long, StaffMember> staff = new HashMap<>();
        first.sessions().forEach(session -> types.put(session.id(), session.type()));
        first.posts().forEach(post -> staff.put(post.id(), post.staff()));
        Set<Long> annaMondaySessions = first.posts().stream()
                .filter(post ->
                        ANNA.equals(post.staff()) && post.session().day().equals(MONDAY))
                .map(post -> post.session().id())
                .collect(Collectors.toSet());
        assertThat(annaMondaySessions)
                .as("Anna works on Monday in the first diary")
                .isNotEmpty();

        DiaryPlan again = solve(
                week(types, staff, new DiaryWeights(100_000, 100_000), DiaryNetwork.onLeave(ANNA, MONDAY)),
                EnvironmentMode.PHASE_ASSERT,
                5);

        assertThat(again.score().isFeasible()).isTrue();
        assertThat(again.posts())
                .noneMatch(post ->
                        ANNA.equals(post.staff()) && post.session().day().equals(MONDAY));
        assertThat(again.posts())
                .filteredOn(StaffPost::changedFromPublished)
                .as("only posts on Anna's Monday sessions change hands")
                .allMatch(post -> annaMondaySessions.contains(post.session().id()))
                .as("someone else's post changes only when Anna's absence stops their session")
                .allMatch(post ->
                        ANNA.equals(post.publishedStaff()) || !post.session().running());
        assertThat(again.sessions())
                .filteredOn(session -> session.published() && session.type() != session.publishedType())
                .as("a published session only stops or changes when Anna was on it")
                .allMatch(session -> annaMondaySessions.contains(session.id()));
    }

    private static DiaryPlan solve(DiaryPlan problem, EnvironmentMode mode, int seconds) {
        DiarySolving solving = new DiarySolving(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds), mode);
        return SolverFactory.<DiaryPlan>create(solving.solverConfig())
                .buildSolver()
                .solve(problem);
    }

    /** Three rooms, mornings and afternoons Monday to Wednesday, three posts each; published values as given. */
    private static DiaryPlan week(
            Map<Long, org.imagingnetwork.optimizer.sessiontype.SessionType> publishedTypes,
            Map<Long, StaffMember> publishedStaff,
            DiaryWeights weights,
            StaffMember... replacing) {
        List<StaffMember> staff = new ArrayList<>(STAFF);
        for (StaffMember replacement : replacing) {
            staff.replaceAll(member -> member.equals(replacement) ? replacement : member);
        }
        Map<String, StaffMember> byId = new HashMap<>();
        staff.forEach(member -> byId.put(member.id(), member));
        List<RoomSession> sessions = new ArrayList<>();
        List<StaffPost> posts = new ArrayList<>();
        long id = 1;
        for (int day = 0; day < 3; day++) {
            for (Room room : List.of(CITY_MR, CDC_MR, CITY_CT)) {
                Site site = room == CDC_MR ? CDC : CITY;
                for (int[] hours : new int[][] {{8, 12}, {13, 17}}) {
                    boolean booked = id == 1;
                    var publishedType = booked ? MR_GENERAL : publishedTypes.get(id);
                    RoomSession session = new RoomSession(
                            id,
                            room,
                            site,
                            "QHL",
                            at(MONDAY.plusDays(day), hours[0]),
                            at(MONDAY.plusDays(day), hours[1]),
                            publishedType,
                            booked);
                    sessions.add(session);
                    for (int position = 1; position <= 3; position++) {
                        long postId = id * 10 + position;
                        StaffMember published = publishedStaff.get(postId);
                        posts.add(new StaffPost(
                                postId, session, position, published == null ? null : byId.get(published.id())));
                    }
                    id++;
                }
            }
        }
        return new DiaryPlan(TYPES, staff, DEMAND, sessions, posts, weights);
    }
}
