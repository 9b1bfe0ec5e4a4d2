package org.imagingnetwork.core.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;

/**
 * The absences of staff, as stored. Ranges of days are inclusive at both ends; an absence is in a
 * range when any of its days is. Recording and withdrawing write their audit row in the same
 * transaction.
 */
public interface StaffAbsences {

    boolean staffExists(String staffId);

    Absence record(NewAbsence absence);

    /** Marks the absence withdrawn if it is live at this version. */
    AbsenceOutcome withdraw(AbsenceId id, int version, StaffActor by, String reason);

    /** A member of staff's live absences with a day in the range, earliest first. */
    List<Absence> of(String staffId, LocalDate first, LocalDate last);

    /** The live absences with a day in the range of every member of staff the trust employs, by staff then day. */
    List<Absence> ofTrust(OdsCode trust, LocalDate first, LocalDate last);

    /** Each member of staff away on some day of the range, with the days of the range they are away. */
    Map<String, Set<LocalDate>> daysAway(LocalDate first, LocalDate last);

    /**
     * The released sessions at these sites on days of the range with at least one assigned member of
     * staff away that day, in day and room order.
     */
    List<StaffedSession> releasedSessionsWithStaffAway(Set<OdsCode> sites, LocalDate first, LocalDate last);
}
