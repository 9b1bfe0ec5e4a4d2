package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * Local search's moves on a whole session ({@link SessionChange}), drawn at random: for a session
 * that runs, replace only the people who can no longer be on it (a repair: someone's leave, a clash),
 * give it another type the room can run with the crew that type needs, or stop it; for one that does
 * not run, open it with a type and a crew. Crews come from the people free for the session as the
 * diary stands ({@link Rota}), read once per step and only when a move is asked for. A session with
 * patients booked keeps its type; only its crew may change.
 */
public final class SessionMoves implements MoveIteratorFactory<DiaryPlan, SessionChange> {

    @Override
    public long getSize(ScoreDirector<DiaryPlan> scoreDirector) {
        DiaryPlan plan = scoreDirector.getWorkingSolution();
        return (long) plan.sessions().size() * (plan.sessionTypes().size() + 2);
    }

    @Override
    public Iterator<SessionChange> createOriginalMoveIterator(ScoreDirector<DiaryPlan> scoreDirector) {
        throw new UnsupportedOperationException("session moves are drawn at random only");
    }

    @Override
    public Iterator<SessionChange> createRandomMoveIterator(ScoreDirector<DiaryPlan> scoreDirector, Random random) {
        return new Draws(scoreDirector.getWorkingSolution(), random);
    }

    /** Never ends: local search stops asking when a step is taken. */
    private static final class Draws implements Iterator<SessionChange> {
        private final DiaryPlan plan;
        private final Random random;
        private Rota rota;
        private Posts posts;

        Draws(DiaryPlan plan, Random random) {
            this.plan = plan;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            return !plan.sessions().isEmpty();
        }

        @Override
        public SessionChange next() {
            if (rota == null) {
                rota = Rota.of(plan);
                posts = Posts.of(plan);
            }
            RoomSession session =
                    plan.sessions().get(random.nextInt(plan.sessions().size()));
            return draw(session, plan.sessionTypes(), rota, posts, random);
        }
    }

    /** One move for the session, chosen at random among what can be done with it. */
    static SessionChange draw(RoomSession session, List<SessionType> types, Rota rota, Posts posts, Random random) {
        List<StaffPost> sessionPosts = posts.of(session);
        List<StaffMember> present = posts.staffOf(session);
        Crews.Choice any = (candidates, s) -> candidates.get(random.nextInt(candidates.size()));
        int kind = random.nextInt(3);
        if (session.running() && (kind == 0 || session.hasBookings())) {
            return Crews.crew(session, session.type(), present, rota, any)
                    .map(crew -> new SessionChange(session, session.type(), sessionPosts, crew))
                    .orElseGet(() -> session.hasBookings()
                            ? new SessionChange(session, session.type(), sessionPosts, present)
                            : SessionChange.stop(session, sessionPosts));
        }
        if (session.running() && kind == 1) {
            return SessionChange.stop(session, sessionPosts);
        }
        List<SessionType> runnable = types.stream()
                .filter(session::canRun)
                .filter(type -> type != session.type())
                .toList();
        if (runnable.isEmpty()) {
            return SessionChange.stop(session, sessionPosts);
        }
        SessionType type = runnable.get(random.nextInt(runnable.size()));
        Optional<List<StaffMember>> crew = Crews.crew(session, type, present, rota, any);
        return crew.map(members -> new SessionChange(session, type, sessionPosts, members))
                .orElseGet(() -> new SessionChange(session, session.type(), sessionPosts, present));
    }
}
