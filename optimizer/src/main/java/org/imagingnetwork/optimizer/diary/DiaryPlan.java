package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * The diary-building problem and its solution: the room sessions of a horizon, the staff posts on
 * them, the session types and staff to choose from, and each locality's demand.
 *
 * <p>Hard and soft levels only: the soft goals (demand met, lists furthest behind first, balanced
 * workload, few changes to the published diary) are traded against each other by weight, so that
 * re-optimising pays for each change rather than churning for the smallest gain.
 */
@PlanningSolution
public class DiaryPlan {

    static final String TYPES = "sessionTypes";
    static final String STAFF = "staff";

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = TYPES)
    private List<SessionType> sessionTypes;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = STAFF)
    private List<StaffMember> staff;

    @ProblemFactCollectionProperty
    private List<Demand> demands;

    @PlanningEntityCollectionProperty
    private List<RoomSession> sessions;

    @PlanningEntityCollectionProperty
    private List<StaffPost> posts;

    private ConstraintWeightOverrides<HardSoftLongScore> weights;

    @PlanningScore
    private HardSoftLongScore score;

    /** For the solver's cloning only. */
    DiaryPlan() {}

    public DiaryPlan(
            List<SessionType> sessionTypes,
            List<StaffMember> staff,
            List<Demand> demands,
            List<RoomSession> sessions,
            List<StaffPost> posts,
            DiaryWeights weights) {
        this.sessionTypes = new ArrayList<>(sessionTypes);
        this.staff = new ArrayList<>(staff);
        this.demands = new ArrayList<>(demands);
        this.sessions = new ArrayList<>(sessions);
        this.posts = new ArrayList<>(posts);
        this.weights = ConstraintWeightOverrides.of(Map.of(
                DiaryRule.SESSION_TYPE_CHANGED.constraintName(),
                HardSoftLongScore.ofSoft(
                        Objects.requireNonNull(weights, "weights").perSessionChange()),
                DiaryRule.STAFF_CHANGED.constraintName(),
                HardSoftLongScore.ofSoft(weights.perStaffChange())));
    }

    public List<SessionType> sessionTypes() {
        return sessionTypes;
    }

    public List<StaffMember> staff() {
        return staff;
    }

    public List<Demand> demands() {
        return demands;
    }

    public List<RoomSession> sessions() {
        return sessions;
    }

    public List<StaffPost> posts() {
        return posts;
    }

    public HardSoftLongScore score() {
        return score;
    }
}
