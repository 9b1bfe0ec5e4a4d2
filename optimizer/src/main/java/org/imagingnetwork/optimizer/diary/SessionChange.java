package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * One move that sets a session's type and the staff of all its posts together: opens a session with
 * its crew, stops one and frees its crew, gives it another type with the crew that type needs, or
 * replaces only the people who can no longer be on it. Moving one variable at a time cannot do any
 * of these without passing through a diary that breaks minimum staffing or puts staff on a session
 * that does not run, which local search then refuses.
 */
final class SessionChange extends AbstractSimplifiedMove<DiaryPlan> {

    private static final String TYPE = "type";
    private static final String STAFF = "staff";

    private final RoomSession session;
    private final SessionType type;
    private final List<StaffPost> posts;
    private final List<StaffMember> crew;

    SessionChange(RoomSession session, SessionType type, List<StaffPost> posts, List<StaffMember> crew) {
        if (posts.size() != crew.size()) {
            throw new IllegalArgumentException("one crew member (or none) per post");
        }
        this.session = Objects.requireNonNull(session, "session");
        this.type = type;
        this.posts = List.copyOf(posts);
        this.crew = new ArrayList<>(crew);
    }

    /** Stops the session and empties its posts. */
    static SessionChange stop(RoomSession session, List<StaffPost> posts) {
        return new SessionChange(session, null, posts, new ArrayList<>(Collections.nCopies(posts.size(), null)));
    }

    RoomSession session() {
        return session;
    }

    SessionType type() {
        return type;
    }

    List<StaffMember> crew() {
        return Collections.unmodifiableList(crew);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DiaryPlan> scoreDirector) {
        if (session.hasBookings() && type != session.type()) {
            return false;
        }
        if (type != session.type()) {
            return true;
        }
        for (int i = 0; i < posts.size(); i++) {
            if (!Objects.equals(posts.get(i).staff(), crew.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DiaryPlan> scoreDirector) {
        if (type != session.type()) {
            scoreDirector.beforeVariableChanged(session, TYPE);
            session.setType(type);
            scoreDirector.afterVariableChanged(session, TYPE);
        }
        for (int i = 0; i < posts.size(); i++) {
            StaffPost post = posts.get(i);
            if (!Objects.equals(post.staff(), crew.get(i))) {
                scoreDirector.beforeVariableChanged(post, STAFF);
                post.setStaff(crew.get(i));
                scoreDirector.afterVariableChanged(post, STAFF);
            }
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Object> entities = new ArrayList<>();
        entities.add(session);
        entities.addAll(posts);
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        if (type != null) {
            values.add(type);
        }
        crew.stream().filter(Objects::nonNull).forEach(values::add);
        return values;
    }

    @Override
    public String toString() {
        return session + " -> " + (type == null ? "not run" : type.code()) + " " + crew;
    }
}
