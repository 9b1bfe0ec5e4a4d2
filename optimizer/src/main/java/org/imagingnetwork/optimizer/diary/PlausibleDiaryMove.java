package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * Lets construction try only a session type of the room's own modality, and only
 * a member of staff at one of their home sites, not on leave that day, on a session that runs.
 * Anything else breaks a rule whatever the rest of the diary does, and skipping it before scoring is
 * what makes construction at network scale affordable: a post would otherwise try every member of
 * staff of its ICS (several hundred) where a few dozen work at its site. Emptying a post or a
 * session is always allowed. The constraints still judge every rule: this only narrows the search.
 */
public final class PlausibleDiaryMove implements SelectionFilter<DiaryPlan, Move<DiaryPlan>> {

    @Override
    public boolean accept(ScoreDirector<DiaryPlan> scoreDirector, Move<DiaryPlan> move) {
        if (move instanceof ChangeMove<DiaryPlan> change) {
            return plausible(change.getEntity(), change.getToPlanningValue());
        }
        if (move instanceof SwapMove<DiaryPlan> swap) {
            return plausible(swap.getLeftEntity(), valueOf(swap.getRightEntity()))
                    && plausible(swap.getRightEntity(), valueOf(swap.getLeftEntity()));
        }
        return true;
    }

    private static Object valueOf(Object entity) {
        return entity instanceof StaffPost post ? post.staff() : ((RoomSession) entity).type();
    }

    static boolean plausible(Object entity, Object value) {
        if (value == null) {
            return true;
        }
        if (entity instanceof StaffPost post) {
            StaffMember staff = (StaffMember) value;
            RoomSession session = post.session();
            return session.running()
                    && staff.homeSites().contains(session.site().odsCode())
                    && !staff.onLeave(session.day());
        }
        return ((SessionType) value).modality() == ((RoomSession) entity).room().modality();
    }
}
