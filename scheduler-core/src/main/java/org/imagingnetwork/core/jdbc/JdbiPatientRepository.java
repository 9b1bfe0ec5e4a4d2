package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.patient.ContactPreference;
import org.imagingnetwork.core.patient.Guardian;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientDetails;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.patient.Postcode;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

@Singleton
public final class JdbiPatientRepository implements PatientRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    @Inject
    public JdbiPatientRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Optional<Patient> find(PatientId id) {
        return findForEdit(id).map(Versioned::patient);
    }

    @Override
    public Optional<Patient> findByNhsNumber(NhsNumber nhsNumber) {
        return jdbi.withHandle(h -> h.createQuery("select * from patient where nhs_number = :nhs")
                .bind("nhs", nhsNumber.value())
                .map(JdbiPatientRepository::patient)
                .findOne());
    }

    @Override
    public Optional<Versioned> findForEdit(PatientId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from patient where id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new Versioned(patient(rs, ctx), rs.getInt("version")))
                .findOne());
    }

    @Override
    public Optional<Patient> add(PatientDetails details, String actor) {
        return jdbi.inTransaction(h -> {
            Optional<Long> id =
                    bindDetails(h.createQuery("""
                                    insert into patient (nhs_number, given_name, family_name, date_of_birth, postcode, phone, email,
                                                         contact_preference, language, accessibility_needs,
                                                         guardian_name, guardian_relationship, guardian_phone)
                                    values (:nhs, :given, :family, :dob, :postcode, :phone, :email,
                                            :contact, :language, :needs, :guardianName, :guardianRelationship, :guardianPhone)
                                    on conflict (nhs_number) do nothing
                                    returning id
                                    """), details).mapTo(Long.class).findOne();
            id.ifPresent(value -> JdbiAuditLog.write(
                    h, clock, actor, AuditActions.PATIENT_REGISTERED, Optional.of(new PatientId(value)), "Registered"));
            return id.map(value -> details.withId(new PatientId(value)));
        });
    }

    @Override
    public boolean update(PatientId id, int expectedVersion, PatientDetails details, String actor) {
        return jdbi.inTransaction(h -> {
            int updated = bindDetails(h.createUpdate("""
                                    update patient set given_name = :given, family_name = :family, date_of_birth = :dob,
                                        postcode = :postcode, phone = :phone, email = :email,
                                        contact_preference = :contact, language = :language, accessibility_needs = :needs,
                                        guardian_name = :guardianName, guardian_relationship = :guardianRelationship,
                                        guardian_phone = :guardianPhone, version = version + 1
                                    where id = :id and version = :version and nhs_number = :nhs
                                    """), details)
                    .bind("id", id.value())
                    .bind("version", expectedVersion)
                    .execute();
            if (updated == 1) {
                JdbiAuditLog.write(h, clock, actor, AuditActions.PATIENT_UPDATED, Optional.of(id), "Details updated");
            }
            return updated == 1;
        });
    }

    private static <S extends SqlStatement<S>> S bindDetails(S statement, PatientDetails details) {
        Optional<Guardian> guardian = details.guardian();
        return statement
                .bind("nhs", details.nhsNumber().value())
                .bind("given", details.givenName())
                .bind("family", details.familyName())
                .bind("dob", details.dateOfBirth())
                .bind("postcode", details.postcode().value())
                .bind("phone", details.phone().orElse(null))
                .bind("email", details.email().orElse(null))
                .bind("contact", details.contactPreference().name())
                .bind("language", details.language().name())
                .bind("needs", details.accessibilityNeeds().stream().sorted().toArray(String[]::new))
                .bind("guardianName", guardian.map(Guardian::name).orElse(null))
                .bind(
                        "guardianRelationship",
                        guardian.map(Guardian::relationship).orElse(null))
                .bind("guardianPhone", guardian.map(Guardian::phone).orElse(null));
    }

    static Patient patient(ResultSet rs, StatementContext ctx) throws SQLException {
        String guardianName = rs.getString("guardian_name");
        return new Patient(
                new PatientId(rs.getLong("id")),
                new NhsNumber(rs.getString("nhs_number")),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                new Postcode(rs.getString("postcode")),
                Rows.optionalString(rs, "phone"),
                Rows.optionalString(rs, "email"),
                ContactPreference.valueOf(rs.getString("contact_preference")),
                Language.valueOf(rs.getString("language")),
                Set.copyOf(Rows.strings(rs, "accessibility_needs")),
                guardianName == null
                        ? Optional.empty()
                        : Optional.of(new Guardian(
                                guardianName, rs.getString("guardian_relationship"), rs.getString("guardian_phone"))));
    }
}
