package org.imagingnetwork.demo;

import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Who the demo signs in as, found in the loaded network. */
final class DemoQueries {

    /** A patient the demo signs in as, with the referral they can book. */
    record DemoPatient(
            long id,
            String nhsNumber,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String postcode,
            String exam) {}

    /** The first trust of the network, with its ICS: where the demo's trust staff work. */
    record FirstTrust(String odsCode, String name, String icsCode) {}

    private final Jdbi jdbi;

    DemoQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * A patient with a referral ready to book and free slots for its exam in the coming weeks, who
     * prefers text messages, so the demo shows the messages the portal sends, and whose referral
     * allows any site, so "choose where" shows the whole network.
     */
    Optional<DemoPatient> patient() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select p.id, p.nhs_number, p.given_name, p.family_name, p.date_of_birth, p.postcode, e.name as exam
                        from request r join patient p on p.id = r.patient_id join exam e on e.code = r.exam_code
                        where r.state = 'WAITING' and extract(year from age(p.date_of_birth)) >= 18
                          and p.contact_preference = 'SMS'
                          and (r.acceptable_sites is null or cardinality(r.acceptable_sites) = 0)
                          and exists (select 1 from session se join slot s on s.session_id = se.id
                                      where s.status = 'FREE' and s.starts_at > now() + interval '1 day'
                                        and se.status = 'RELEASED' and r.exam_code = any(se.allowed_exams))
                        order by r.id limit 1
                        """)
                .map((rs, ctx) -> new DemoPatient(
                        rs.getLong("id"),
                        rs.getString("nhs_number"),
                        rs.getString("given_name"),
                        rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("postcode"),
                        rs.getString("exam")))
                .findOne());
    }

    FirstTrust firstTrust() {
        return jdbi.withHandle(
                h -> h.createQuery("select ods_code, name, ics_code from trust order by ics_code, ods_code limit 1")
                        .map((rs, ctx) -> new FirstTrust(
                                rs.getString("ods_code"), rs.getString("name"), rs.getString("ics_code")))
                        .one());
    }
}
