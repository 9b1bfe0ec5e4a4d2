package org.imagingnetwork.portal.signin;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientId;
import org.jdbi.v3.core.Jdbi;

/** What sign-in needs to know about a patient, and nothing more. */
@Singleton
class PatientIdentities {

    record Identity(PatientId id, LocalDate dateOfBirth, String postcode, Language language) {}

    private final Jdbi jdbi;

    PatientIdentities(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<Identity> byId(PatientId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, date_of_birth, postcode, language from patient where id = :id
                        """)
                .bind("id", id.value())
                .map((rs, ctx) -> identity(rs))
                .findOne());
    }

    Optional<Identity> byNhsNumber(NhsNumber nhsNumber) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, date_of_birth, postcode, language from patient where nhs_number = :nhs
                        """)
                .bind("nhs", nhsNumber.value())
                .map((rs, ctx) -> identity(rs))
                .findOne());
    }

    private static Identity identity(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Identity(
                new PatientId(rs.getLong("id")),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("postcode"),
                Language.valueOf(rs.getString("language")));
    }
}
