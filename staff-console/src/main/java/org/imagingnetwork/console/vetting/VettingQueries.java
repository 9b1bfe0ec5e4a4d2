package org.imagingnetwork.console.vetting;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.console.access.Scope;
import org.jdbi.v3.core.Jdbi;

/**
 * The vetting screens' SQL: the referrals in RECEIVED that a scope's trusts sent, most urgent and
 * then longest waiting first; one referral with its patient and exam; its history; and the
 * protocols radiologists have chosen before for an exam.
 */
@Singleton
final class VettingQueries {

    static final int PAGE_SIZE = 25;

    private static final String PRIORITY_ORDER =
            "case r.priority when 'URGENT' then 0 when 'TWO_WEEK_WAIT' then 1 when 'ROUTINE' then 2 else 3 end";

    private static final String ROUTINE_ONLY = " and (not :routineOnly or r.priority = 'ROUTINE')";

    private final Jdbi jdbi;

    VettingQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A page of the queue; with {@code routineOnly}, only the routine referrals, which can be justified together. */
    QueuePage queue(Scope scope, int page, boolean routineOnly) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery(
                            "select count(*) from request r where r.state = 'RECEIVED' and r.referring_trust = any(:scope)"
                                    + ROUTINE_ONLY)
                    .bindArray("scope", String.class, List.of(scope.trustArray()))
                    .bind("routineOnly", routineOnly)
                    .mapTo(Long.class)
                    .one();
            List<QueueRow> rows = h.createQuery("""
                            select r.id, p.given_name || ' ' || p.family_name as patient_name, p.nhs_number,
                                   e.name as exam_name, r.priority, r.referring_trust, r.received_at, r.needs_contrast,
                                   r.needs_sedation or r.needs_general_anaesthetic as sedation
                            from request r
                            join patient p on p.id = r.patient_id
                            join exam e on e.code = r.exam_code
                            where r.state = 'RECEIVED' and r.referring_trust = any(:scope) %s
                            order by %s, r.received_at, r.id
                            limit :limit offset :offset
                            """.formatted(ROUTINE_ONLY, PRIORITY_ORDER))
                    .bindArray("scope", String.class, List.of(scope.trustArray()))
                    .bind("routineOnly", routineOnly)
                    .bind("limit", PAGE_SIZE)
                    .bind("offset", (page - 1) * PAGE_SIZE)
                    .map((rs, ctx) -> new QueueRow(
                            rs.getLong("id"),
                            rs.getString("patient_name"),
                            rs.getString("nhs_number"),
                            rs.getString("exam_name"),
                            rs.getString("priority"),
                            rs.getString("referring_trust"),
                            rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                            rs.getBoolean("needs_contrast"),
                            rs.getBoolean("sedation")))
                    .list();
            return new QueuePage(rows, total, page, PAGE_SIZE, routineOnly);
        });
    }

    /** The referring trust of a request, to check scope before anything else is read or changed. */
    Optional<String> referringTrust(long request) {
        return jdbi.withHandle(h -> h.createQuery("select referring_trust from request where id = :id")
                .bind("id", request)
                .mapTo(String.class)
                .findOne());
    }

    /** The priority and state of a request, for bulk justification's checks. */
    Optional<String[]> priorityAndState(long request) {
        return jdbi.withHandle(h -> h.createQuery("select priority, state from request where id = :id")
                .bind("id", request)
                .map((rs, ctx) -> new String[] {rs.getString("priority"), rs.getString("state")})
                .findOne());
    }

    Optional<Referral> referral(long request) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.*, p.given_name || ' ' || p.family_name as patient_name, p.nhs_number, p.date_of_birth,
                               e.name as exam_name, e.modality, t.name as trust_name
                        from request r
                        join patient p on p.id = r.patient_id
                        join exam e on e.code = r.exam_code
                        join trust t on t.ods_code = r.referring_trust
                        where r.id = :id
                        """)
                .bind("id", request)
                .map((rs, ctx) -> referral(rs))
                .findOne());
    }

    List<HistoryRow> history(long request) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select ev.occurred_at, ev.actor, ev.from_state, ev.to_state, ev.reason, ar.name as rule_name
                        from request_event ev
                        left join appointability_rule ar on ar.id = ev.rule_id
                        where ev.request_id = :id
                        order by ev.id
                        """)
                .bind("id", request)
                .map((rs, ctx) -> new HistoryRow(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        Optional.ofNullable(rs.getString("from_state")),
                        rs.getString("to_state"),
                        rs.getString("reason"),
                        Optional.ofNullable(rs.getString("rule_name"))))
                .list());
    }

    /** The protocols chosen before for this exam, most used first: the radiologist's usual choices. */
    List<String> protocolsUsedFor(String exam) {
        return jdbi.withHandle(
                h -> h.createQuery("""
                        select protocol from request
                        where exam_code = :exam and protocol is not null
                        group by protocol
                        order by count(*) desc, protocol
                        limit 12
                        """).bind("exam", exam).mapTo(String.class).list());
    }

    private static Referral referral(ResultSet rs) throws SQLException {
        return new Referral(
                rs.getLong("id"),
                rs.getLong("patient_id"),
                rs.getString("patient_name"),
                rs.getString("nhs_number"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("exam_code"),
                rs.getString("exam_name"),
                rs.getString("modality"),
                rs.getString("priority"),
                Optional.ofNullable(rs.getObject("due_date", LocalDate.class)),
                rs.getString("referring_trust"),
                rs.getString("trust_name"),
                rs.getString("referring_clinician"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("breach_date", LocalDate.class),
                rs.getString("state"),
                rs.getBoolean("needs_contrast"),
                rs.getBoolean("needs_sedation"),
                rs.getBoolean("needs_general_anaesthetic"),
                Optional.ofNullable((Integer) rs.getObject("weight_kg")),
                rs.getBoolean("claustrophobic"),
                Optional.ofNullable(rs.getString("protocol")),
                Optional.ofNullable((Integer) rs.getObject("egfr")),
                Optional.ofNullable(rs.getObject("egfr_measured_on", LocalDate.class)));
    }
}
