package org.imagingnetwork.core.patient;

import java.util.Collection;
import java.util.Map;

/**
 * Patients read in bulk for planners. Callers acting for a member of staff record the read in the
 * audit log; a planner records one entry for the run that read them.
 */
public interface PatientDirectory {

    /** The patients with these ids; unknown ids are skipped. */
    Map<PatientId, Patient> byIds(Collection<PatientId> ids);
}
