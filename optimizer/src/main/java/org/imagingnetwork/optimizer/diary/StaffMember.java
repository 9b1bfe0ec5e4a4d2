package org.imagingnetwork.optimizer.diary;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/** A member of staff the diary can roster: their skills, home sites, contracted hours and leave. Equal by id. */
public final class StaffMember {

    @PlanningId
    private final String id;

    private final Staff staff;
    private final Set<LocalDate> leave;

    public StaffMember(Staff staff, Set<LocalDate> leave) {
        this.id = staff.id();
        this.staff = Objects.requireNonNull(staff, "staff");
        this.leave = Set.copyOf(leave);
    }

    public String id() {
        return id;
    }

    public String name() {
        return staff.name();
    }

    public StaffRole role() {
        return staff.role();
    }

    public Set<Skill> skills() {
        return staff.skills();
    }

    public boolean has(Skill skill) {
        return staff.has(skill);
    }

    public Set<OdsCode> homeSites() {
        return staff.homeSites();
    }

    public int contractedMinutesPerWeek() {
        return staff.contractedHoursPerWeek() * 60;
    }

    public boolean onLeave(LocalDate day) {
        return leave.contains(day);
    }

    public boolean competentFor(Modality modality) {
        return staff.has(Skill.competenceFor(modality));
    }

    /** Runs the room's modality, or brings cover the session type needs (a sedation nurse, say). */
    public boolean contributesTo(Modality modality, SessionType type) {
        return competentFor(modality) || (type != null && type.cover().stream().anyMatch(staff::has));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffMember member && member.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
