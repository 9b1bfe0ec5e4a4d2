package org.imagingnetwork.core.patient;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/** Registers patients and keeps their details up to date, refusing bad input field by field. */
@Singleton
public final class PatientRegistry {
    private final PatientRepository patients;
    private final Clock clock;

    @Inject
    public PatientRegistry(PatientRepository patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    public PatientOutcome register(PatientInput input, String actor) {
        List<FieldError> errors = PatientValidation.validate(input, today());
        if (!errors.isEmpty()) {
            return new PatientOutcome.Invalid(errors);
        }
        PatientDetails details = PatientValidation.details(input);
        Optional<Patient> added = patients.add(details, actor);
        if (added.isPresent()) {
            return new PatientOutcome.Registered(added.get());
        }
        return patients.findByNhsNumber(details.nhsNumber())
                .<PatientOutcome>map(existing -> new PatientOutcome.AlreadyRegistered(existing.id()))
                .orElseThrow(() -> new IllegalStateException("NHS number clashed but no patient holds it"));
    }

    /** The NHS number identifies the patient and cannot be changed here; everything else can. */
    public PatientOutcome update(PatientId id, int expectedVersion, PatientInput input, String actor) {
        Optional<PatientRepository.Versioned> current = patients.findForEdit(id);
        if (current.isEmpty()) {
            return new PatientOutcome.NotFound(id);
        }
        List<FieldError> errors = new ArrayList<>(PatientValidation.validate(input, today()));
        NhsNumber stored = current.get().patient().nhsNumber();
        if (errors.stream().noneMatch(e -> e.field().equals("nhsNumber"))
                && !NhsNumber.parse(input.nhsNumber()).orElseThrow().equals(stored)) {
            errors.add(new FieldError("nhsNumber", "The NHS number of a registered patient cannot be changed"));
        }
        if (!errors.isEmpty()) {
            return new PatientOutcome.Invalid(errors);
        }
        PatientDetails details = PatientValidation.details(input);
        if (!patients.update(id, expectedVersion, details, actor)) {
            return new PatientOutcome.ChangedMeanwhile(id);
        }
        return new PatientOutcome.Updated(details.withId(id));
    }

    private LocalDate today() {
        return London.clinicDay(clock.instant());
    }
}
