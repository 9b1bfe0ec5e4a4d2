package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * The construction phase: opens sessions with their whole crew at once. Timefold's generic
 * construction places one variable at a time, and a session type without its staff breaks minimum
 * staffing, so it leaves every new session closed. This takes the sessions nobody has decided yet
 * (no type, nothing published, nobody booked) in time order and gives each the type whose exam family
 * its locality needs most, with a crew of the least-loaded people free for it ({@link Crews}); a
 * session whose locality needs nothing more, or whose site has nobody free, stays closed.
 *
 * <p>It never touches a published session, a pinned one or a post someone already holds: a re-plan
 * starts from the published diary and pays for each change, and only local search weighs a change
 * against what it gains. It breaks no hard rule that the diary did not already break.
 */
final class CrewedConstruction implements PhaseCommand<DiaryPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<DiaryPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        DiaryPlan plan = scoreDirector.getWorkingSolution();
        Rota rota = Rota.of(plan);
        Posts posts = Posts.of(plan);
        DemandLeft demand = DemandLeft.of(plan);
        List<RoomSession> open = plan.sessions().stream()
                .filter(session -> session.type() == null && !session.published() && !session.hasBookings())
                .filter(session -> posts.of(session).stream().allMatch(post -> post.staff() == null))
                .sorted(Comparator.comparing(RoomSession::startsAt)
                        .thenComparing(session -> session.room().id()))
                .toList();
        Crews.Choice leastLoaded = (candidates, session) -> candidates.stream()
                .min(Comparator.comparingDouble((StaffMember member) ->
                                (double) rota.minutesInWeekBesides(member, session) / member.contractedMinutesPerWeek())
                        .thenComparing(StaffMember::id))
                .orElseThrow();
        for (RoomSession session : open) {
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
            List<SessionType> wanted = plan.sessionTypes().stream()
                    .filter(session::canRun)
                    .filter(type -> demand.gain(session, type) > 0)
                    .sorted(Comparator.comparingLong((SessionType type) -> -demand.gain(session, type))
                            .thenComparing(SessionType::code))
                    .toList();
            List<StaffPost> sessionPosts = posts.of(session);
            for (SessionType type : wanted) {
                Optional<List<StaffMember>> crew = Crews.crew(session, type, posts.staffOf(session), rota, leastLoaded);
                if (crew.isPresent()) {
                    SessionChange change = new SessionChange(session, type, sessionPosts, crew.get());
                    change.doMoveOnly(scoreDirector);
                    crew.get().stream().filter(Objects::nonNull).forEach(member -> rota.add(member, session));
                    demand.serve(session, type);
                    break;
                }
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    /**
     * The demand each locality still has per exam family after the sessions already running, and what
     * running one more session would gain by the score's own measure ({@link Demand#cost}): a minute
     * of the demand due in the horizon counts once more than a minute of the backlog that can wait.
     */
    static final class DemandLeft {
        private final Map<String, Demand> demands = new HashMap<>();
        private final Map<String, Long> capacity = new HashMap<>();

        static DemandLeft of(DiaryPlan plan) {
            DemandLeft left = new DemandLeft();
            plan.demands().forEach(demand -> left.demands.put(key(demand.locality(), demand.family()), demand));
            plan.sessions().stream()
                    .filter(RoomSession::running)
                    .forEach(session -> left.serve(session, session.type()));
            return left;
        }

        long gain(RoomSession session, SessionType type) {
            Demand demand = demands.get(key(session.locality(), type.family()));
            if (demand == null) {
                return 0;
            }
            long now = capacity.getOrDefault(key(session.locality(), type.family()), 0L);
            long then = now + session.minutes();
            return demand.cost(now) - demand.cost(then);
        }

        void serve(RoomSession session, SessionType type) {
            capacity.merge(key(session.locality(), type.family()), (long) session.minutes(), Long::sum);
        }

        private static String key(String locality, String family) {
            return locality + "|" + family;
        }
    }
}
