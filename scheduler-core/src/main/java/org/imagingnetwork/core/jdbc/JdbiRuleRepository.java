package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.rules.NewRule;
import org.imagingnetwork.core.rules.RuleId;
import org.imagingnetwork.core.rules.RuleRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Rules and their conditions; a rule's conditions come back as an array on its row. */
@Singleton
public final class JdbiRuleRepository implements RuleRepository {
    private static final String RULES = """
            select r.id, r.trust_ods_code, r.name, r.enabled,
                   array(select c.kind || ' ' || coalesce(c.parameter::text, '')
                         from appointability_condition c where c.rule_id = r.id order by c.kind) as conditions
            from appointability_rule r
            """;

    private final Jdbi jdbi;
    private final Clock clock;

    @Inject
    public JdbiRuleRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public List<AppointabilityRule> definedFor(Optional<OdsCode> trust) {
        return jdbi.withHandle(h -> h.createQuery(RULES + """
                        where r.trust_ods_code is not distinct from :trust order by r.id
                        """)
                .bind("trust", trust.map(OdsCode::value).orElse(null))
                .map(JdbiRuleRepository::rule)
                .list());
    }

    @Override
    public List<AppointabilityRule> applicableTo(OdsCode trust) {
        // The trust's own enabled rules if it has any, else the network's: one query either way.
        return jdbi.withHandle(h -> h.createQuery(RULES + """
                        where r.enabled
                          and r.trust_ods_code is not distinct from (
                              case when exists (select 1 from appointability_rule o
                                                where o.trust_ods_code = :trust and o.enabled)
                                   then :trust end)
                        order by r.id
                        """)
                .bind("trust", trust.value())
                .map(JdbiRuleRepository::rule)
                .list());
    }

    @Override
    public Optional<AppointabilityRule> find(RuleId id) {
        return jdbi.withHandle(h -> find(h, id.value()));
    }

    @Override
    public Optional<AppointabilityRule> create(NewRule rule) {
        return create(rule, (action, detail) -> AuditRecord.bySystem(rule.actor(), action, Optional.empty(), detail));
    }

    @Override
    public Optional<AppointabilityRule> create(NewRule rule, StaffActor by) {
        return create(rule, (action, detail) -> AuditRecord.by(by, action, Optional.empty(), detail, ""));
    }

    @Override
    public boolean setEnabled(RuleId id, boolean enabled, String actor) {
        return setEnabled(
                id, enabled, (action, detail) -> AuditRecord.bySystem(actor, action, Optional.empty(), detail));
    }

    @Override
    public boolean setEnabled(RuleId id, boolean enabled, StaffActor by) {
        return setEnabled(id, enabled, (action, detail) -> AuditRecord.by(by, action, Optional.empty(), detail, ""));
    }

    /** The audit row of a rule change, from its action and detail, written in the change's transaction. */
    @FunctionalInterface
    private interface RuleAudit {
        AuditRecord of(String action, String detail);
    }

    private Optional<AppointabilityRule> create(NewRule rule, RuleAudit audit) {
        return jdbi.inTransaction(h -> {
            Optional<Long> id = h.createQuery("""
                            insert into appointability_rule (trust_ods_code, name, created_at, created_by)
                            values (:trust, :name, :at, :actor)
                            on conflict do nothing
                            returning id
                            """)
                    .bind("trust", rule.trust().map(OdsCode::value).orElse(null))
                    .bind("name", rule.name())
                    .bind("at", Rows.utc(clock.instant()))
                    .bind("actor", rule.actor())
                    .mapTo(Long.class)
                    .findOne();
            if (id.isEmpty()) {
                return Optional.<AppointabilityRule>empty();
            }
            for (Condition condition : rule.conditions()) {
                h.createUpdate(
                                "insert into appointability_condition (rule_id, kind, parameter) values (:rule, :kind, :parameter)")
                        .bind("rule", id.get())
                        .bind("kind", kind(condition))
                        .bind("parameter", parameter(condition))
                        .execute();
            }
            JdbiAuditLog.write(
                    h,
                    clock,
                    audit.of(
                            AuditActions.RULE_CREATED,
                            "Rule " + id.get() + " '" + rule.name() + "' for "
                                    + rule.trust().map(OdsCode::value).orElse("the network")));
            return find(h, id.get());
        });
    }

    private boolean setEnabled(RuleId id, boolean enabled, RuleAudit audit) {
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate(
                            "update appointability_rule set enabled = :enabled, version = version + 1 where id = :id")
                    .bind("id", id.value())
                    .bind("enabled", enabled)
                    .execute();
            if (updated == 1) {
                JdbiAuditLog.write(
                        h,
                        clock,
                        audit.of(enabled ? AuditActions.RULE_ENABLED : AuditActions.RULE_DISABLED, "Rule " + id));
            }
            return updated == 1;
        });
    }

    private static Optional<AppointabilityRule> find(Handle handle, long id) {
        return handle.createQuery(RULES + "where r.id = :id")
                .bind("id", id)
                .map(JdbiRuleRepository::rule)
                .findOne();
    }

    private static AppointabilityRule rule(ResultSet rs, StatementContext ctx) throws SQLException {
        List<Condition> conditions = new ArrayList<>();
        for (String row : Rows.strings(rs, "conditions")) {
            String[] parts = row.split(" ", -1);
            conditions.add(condition(parts[0], parts[1].isEmpty() ? 0 : Integer.parseInt(parts[1])));
        }
        String trust = rs.getString("trust_ods_code");
        return new AppointabilityRule(
                new RuleId(rs.getLong("id")),
                Optional.ofNullable(trust).map(OdsCode::new),
                rs.getString("name"),
                rs.getBoolean("enabled"),
                conditions);
    }

    private static Condition condition(String kind, int parameter) {
        return switch (kind) {
            case "VETTED" -> new Condition.Vetted();
            case "PROTOCOL_SET" -> new Condition.ProtocolSet();
            case "EGFR_WITHIN_DAYS_IF_CONTRAST" -> new Condition.EgfrWithinDaysIfContrast(parameter);
            case "WEIGHT_RECORDED_IF_SEDATION" -> new Condition.WeightRecordedIfSedation();
            case "DUE_WITHIN_DAYS_IF_PLANNED" -> new Condition.DueWithinDaysIfPlanned(parameter);
            default -> throw new IllegalStateException("unknown condition kind " + kind);
        };
    }

    static String kind(Condition condition) {
        if (condition instanceof Condition.Vetted) {
            return "VETTED";
        } else if (condition instanceof Condition.ProtocolSet) {
            return "PROTOCOL_SET";
        } else if (condition instanceof Condition.EgfrWithinDaysIfContrast) {
            return "EGFR_WITHIN_DAYS_IF_CONTRAST";
        } else if (condition instanceof Condition.WeightRecordedIfSedation) {
            return "WEIGHT_RECORDED_IF_SEDATION";
        } else if (condition instanceof Condition.DueWithinDaysIfPlanned) {
            return "DUE_WITHIN_DAYS_IF_PLANNED";
        }
        throw new IllegalArgumentException("no column value for condition " + condition);
    }

    static Integer parameter(Condition condition) {
        if (condition instanceof Condition.EgfrWithinDaysIfContrast egfr) {
            return egfr.days();
        }
        if (condition instanceof Condition.DueWithinDaysIfPlanned due) {
            return due.days();
        }
        return null;
    }
}
