package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Objects;

/**
 * One place for a member of staff on a session (a session has a few: the lead, a second, a
 * support role such as a sedation nurse). The planning entity whose staff member the solver
 * chooses, or leaves empty. The staff member of the published diary, if any, is kept so a change
 * costs something.
 */
@PlanningEntity
public class StaffPost {

    @PlanningId
    private long id;

    private RoomSession session;
    private int position;
    private StaffMember publishedStaff;

    @PlanningVariable(valueRangeProviderRefs = DiaryPlan.STAFF, allowsUnassigned = true)
    private StaffMember staff;

    /** For the solver's cloning only. */
    StaffPost() {}

    public StaffPost(long id, RoomSession session, int position, StaffMember publishedStaff) {
        this.id = id;
        this.session = Objects.requireNonNull(session, "session");
        this.position = position;
        this.publishedStaff = publishedStaff;
        this.staff = publishedStaff;
    }

    public long id() {
        return id;
    }

    public RoomSession session() {
        return session;
    }

    public int position() {
        return position;
    }

    public StaffMember staff() {
        return staff;
    }

    public void setStaff(StaffMember staff) {
        this.staff = staff;
    }

    public StaffMember publishedStaff() {
        return publishedStaff;
    }

    /** Whether this post differs from the published diary of its session; posts of new sessions never do. */
    public boolean changedFromPublished() {
        return session.published() && !Objects.equals(staff, publishedStaff);
    }

    @Override
    public String toString() {
        return "post " + id + " of session " + session.id() + (staff == null ? " empty" : " " + staff.id());
    }
}
