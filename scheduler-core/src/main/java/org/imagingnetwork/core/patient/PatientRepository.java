package org.imagingnetwork.core.patient;

import java.util.Optional;

/**
 * Patients of the network. Every write is recorded in the audit log, in the same transaction, under
 * the actor given.
 */
public interface PatientRepository {
    Optional<Patient> find(PatientId id);

    Optional<Patient> findByNhsNumber(NhsNumber nhsNumber);

    /** The patient with the row version an edit must quote, so two people's edits never silently overwrite. */
    Optional<Versioned> findForEdit(PatientId id);

    /** Saves a new patient; empty when a patient with that NHS number is already registered. */
    Optional<Patient> add(PatientDetails details, String actor);

    /** Saves new details if the row is still at {@code expectedVersion}; false when someone else changed it first. */
    boolean update(PatientId id, int expectedVersion, PatientDetails details, String actor);

    record Versioned(Patient patient, int version) {}
}
