package org.imagingnetwork.core.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.OpeningHours;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.rules.Condition;
import org.postgresql.copy.CopyManager;

/** COPY for the network's reference data: ICSs, trusts, sites, rooms, staff, the exam catalogue and the rules. */
final class ReferenceTables {

    /** Rules were set up well before the demo's moment; how long before does not matter, only that it is before. */
    private static final Duration RULES_AGE = Duration.ofDays(180);

    private ReferenceTables() {}

    static void copy(
            CopyManager copy, Connection connection, DemoNetwork network, IdOffsets offsets, Map<String, Long> rows)
            throws SQLException {
        CopyWriter ics = new CopyWriter(copy, "ics", "code, name");
        for (Ics system : network.integratedCareSystems()) {
            ics.text(system.code()).text(system.name()).endRow();
        }
        rows.put("ics", ics.finish());

        CopyWriter trusts = new CopyWriter(copy, "trust", "ods_code, name, ics_code, ris_fhir_base_url");
        for (Trust trust : network.trusts()) {
            trusts.text(trust.odsCode().value())
                    .text(trust.name())
                    .text(trust.icsCode())
                    .text(trust.risFhirBaseUrl().toString())
                    .endRow();
        }
        rows.put("trust", trusts.finish());

        CopyWriter sites = new CopyWriter(copy, "site", """
                ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                public_transport, parking, sees_children, min_child_age""");
        for (Site site : network.sites()) {
            sites.text(site.odsCode().value())
                    .text(site.trust().value())
                    .text(site.name())
                    .text(site.kind().name())
                    .text(site.postcode())
                    .number(site.location().latitude())
                    .number(site.location().longitude())
                    .bool(site.stepFreeAccess())
                    .text(site.publicTransport())
                    .text(site.parking())
                    .bool(site.seesChildren());
            if (site.minChildAge().isPresent()) {
                sites.number(site.minChildAge().getAsInt());
            } else {
                sites.text(null);
            }
            sites.endRow();
        }
        rows.put("site", sites.finish());
        // One COPY at a time on a connection: each writer starts when the one before has finished.
        CopyWriter hours = new CopyWriter(copy, "site_opening_hours", "site_ods_code, day_of_week, opens, closes");
        for (Site site : network.sites()) {
            for (OpeningHours open : site.openingHours()) {
                hours.text(site.odsCode().value())
                        .number(open.day().getValue())
                        .time(open.opens())
                        .time(open.closes())
                        .endRow();
            }
        }
        rows.put("site_opening_hours", hours.finish());

        CopyWriter rooms =
                new CopyWriter(copy, "room", "id, site_ods_code, name, modality, capabilities, max_patient_weight_kg");
        for (Room room : network.rooms()) {
            rooms.text(room.id())
                    .text(room.site().value())
                    .text(room.name())
                    .text(room.modality().name())
                    .array(names(room.capabilities()));
            if (room.maxPatientWeightKg().isPresent()) {
                rooms.number(room.maxPatientWeightKg().getAsInt());
            } else {
                rooms.text(null);
            }
            rooms.endRow();
        }
        rows.put("room", rooms.finish());

        CopyWriter staff =
                new CopyWriter(copy, "staff", "id, name, role, skills, trust_ods_code, contracted_hours_per_week");
        for (Staff person : network.staff()) {
            staff.text(person.id())
                    .text(person.name())
                    .text(person.role().name())
                    .array(names(person.skills()))
                    .text(person.trust().value())
                    .number(person.contractedHoursPerWeek())
                    .endRow();
        }
        rows.put("staff", staff.finish());
        CopyWriter homes = new CopyWriter(copy, "staff_home_site", "staff_id, site_ods_code");
        for (Staff person : network.staff()) {
            for (String site :
                    person.homeSites().stream().map(OdsCode::value).sorted().toList()) {
                homes.text(person.id()).text(site).endRow();
            }
        }
        rows.put("staff_home_site", homes.finish());

        rows.put("exam", exams(connection, network.exams()));
        rules(copy, network, offsets, rows);
    }

    /**
     * The catalogue goes in with INSERT ... ON CONFLICT rather than COPY: it is a few dozen rows, and a
     * database may already hold some of the same exams, which it keeps as they are, only gaining a
     * Welsh name where it had none (a database loaded before V37).
     */
    private static long exams(Connection connection, List<Exam> exams) throws SQLException {
        long added = 0;
        try (PreparedStatement exam = connection.prepareStatement("""
                        insert into exam (code, name, modality, required_capabilities, required_skills, contrast,
                                          preparation, preparation_welsh, name_welsh)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set name_welsh = excluded.name_welsh
                            where exam.name_welsh is null and excluded.name_welsh is not null
                        """);
                PreparedStatement duration = connection.prepareStatement("""
                        insert into exam_duration (exam_code, age_band, minutes) values (?, ?, ?)
                        on conflict do nothing
                        """)) {
            for (Exam e : exams) {
                exam.setString(1, e.code().value());
                exam.setString(2, e.name());
                exam.setString(3, e.modality().name());
                exam.setArray(
                        4,
                        connection.createArrayOf(
                                "text", names(e.requiredCapabilities()).toArray()));
                exam.setArray(
                        5,
                        connection.createArrayOf(
                                "text", names(e.requiredSkills()).toArray()));
                exam.setBoolean(6, e.contrast());
                exam.setString(7, e.preparation());
                exam.setString(8, e.preparationWelsh());
                exam.setString(9, e.nameWelsh().orElse(null));
                added += exam.executeUpdate();
                for (Map.Entry<AgeBand, Duration> band : e.durations().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .toList()) {
                    duration.setString(1, e.code().value());
                    duration.setString(2, band.getKey().name());
                    duration.setInt(3, (int) band.getValue().toMinutes());
                    duration.addBatch();
                }
            }
            duration.executeBatch();
        }
        return added;
    }

    private static void rules(CopyManager copy, DemoNetwork network, IdOffsets offsets, Map<String, Long> rows)
            throws SQLException {
        CopyWriter rules = new CopyWriter(
                copy, "appointability_rule", "id, trust_ods_code, name, enabled, created_at, created_by");
        for (AppointabilityRule rule : network.rules()) {
            rules.number(rule.id().value() + offsets.rules())
                    .text(rule.trust().map(OdsCode::value).orElse(null))
                    .text(rule.name())
                    .bool(rule.enabled())
                    .moment(network.asOf().minus(RULES_AGE))
                    .text("system:demo-network")
                    .endRow();
        }
        rows.put("appointability_rule", rules.finish());
        CopyWriter conditions = new CopyWriter(copy, "appointability_condition", "rule_id, kind, parameter");
        for (AppointabilityRule rule : network.rules()) {
            for (Condition condition : rule.conditions()) {
                conditions.number(rule.id().value() + offsets.rules()).text(JdbiRuleRepository.kind(condition));
                Integer parameter = JdbiRuleRepository.parameter(condition);
                if (parameter == null) {
                    conditions.text(null);
                } else {
                    conditions.number(parameter);
                }
                conditions.endRow();
            }
        }
        rows.put("appointability_condition", conditions.finish());
    }

    /** Enum names sorted, so a set always becomes the same array. */
    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted(Comparator.naturalOrder()).toList();
    }
}
