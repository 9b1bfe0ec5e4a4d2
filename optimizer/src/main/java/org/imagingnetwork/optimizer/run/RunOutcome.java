package org.imagingnetwork.optimizer.run;

import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.diary.SessionPlan;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.optimizer.allocation.PlanFigures;

/** The result of solving a run: stopped early or not, its score, and what it proposes. */
sealed interface RunOutcome {

    boolean stopped();

    String score();

    record Allocation(
            boolean stopped, String score, PlanFigures before, PlanFigures after, Map<RequestId, SlotId> proposals)
            implements RunOutcome {}

    record Diary(boolean stopped, String score, List<SessionPlan> sessions) implements RunOutcome {}

    record Disruption(boolean stopped, String score, List<ProposedMove> moves) implements RunOutcome {}
}
