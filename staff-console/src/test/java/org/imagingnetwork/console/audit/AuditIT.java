package org.imagingnetwork.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit page over HTTP: filters by patient, user and London days, newest first, paged, CSV, and itself audited. */
class AuditIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void filtersByPatientUserAndLondonDaysNewestFirst() {
        String clerk = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> patient = onePatient();
        long id = ((Number) patient.get("id")).longValue();
        String nhs = (String) patient.get("nhs_number");
        // 23:30 UTC on 14 June is 00:30 on 15 June in London (BST): the London day decides.
        entry(clerk, "PATIENT_SHOWN", id, "2031-06-14T22:30:00Z");
        entry(clerk, "PATIENT_SHOWN", id, "2031-06-14T23:30:00Z");
        entry(clerk, "WORKLIST_EXPORTED", null, "2031-06-16T09:00:00Z");
        entry("someone-else", "PATIENT_SHOWN", id, "2031-06-15T10:00:00Z");
        StaffClient administrator = console.signIn(console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR));

        List<Map<String, String>> byUser = csv(administrator.get("/audit/export.csv?user=" + clerk));
        assertThat(byUser)
                .extracting(r -> r.get("occurred_at"))
                .containsExactly("2031-06-16 10:00:00", "2031-06-15 00:30:00", "2031-06-14 23:30:00");
        assertThat(byUser).allSatisfy(r -> assertThat(r.get("actor")).isEqualTo("staff:" + clerk));

        List<Map<String, String>> fifteenth =
                csv(administrator.get("/audit/export.csv?user=staff:" + clerk + "&from=2031-06-15&to=2031-06-15"));
        assertThat(fifteenth).extracting(r -> r.get("occurred_at")).containsExactly("2031-06-15 00:30:00");

        List<Map<String, String>> byNhsNumber =
                csv(administrator.get("/audit/export.csv?from=2031-06-14&to=2031-06-16&patient=" + nhs));
        List<Map<String, String>> byId =
                csv(administrator.get("/audit/export.csv?from=2031-06-14&to=2031-06-16&patient=" + id));
        assertThat(byNhsNumber).hasSize(3).isEqualTo(byId);
        assertThat(byNhsNumber).allSatisfy(r -> assertThat(r.get("patient_id")).isEqualTo(String.valueOf(id)));

        HttpResponse<String> page = administrator.get("/audit?user=" + clerk);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("3 entries match")
                .contains("href=\"/audit/export.csv?user=staff%3A" + clerk + "\"");
    }

    @Test
    void pagesFiftyAtATime() {
        String busy = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 55; i++) {
            entry(
                    busy,
                    "PATIENT_SHOWN",
                    null,
                    Instant.parse("2031-07-01T08:00:00Z").plusSeconds(i).toString());
        }
        StaffClient administrator = console.signIn(console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR));

        HttpResponse<String> first = administrator.get("/audit?user=" + busy);
        assertThat(first.body())
                .contains("55 entries match")
                .contains("Page 2 of 2")
                .contains("09:00");
        assertThat(rows(first)).isEqualTo(50);
        HttpResponse<String> second = administrator.get("/audit?user=" + busy + "&page=2");
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second.body()).contains("Page 1 of 2");
    }

    @Test
    void readingTheLogIsAuditedWithThePatientAsked() {
        Map<String, Object> patient = onePatient();
        long id = ((Number) patient.get("id")).longValue();
        DemoStaff.Member member = console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR);
        StaffClient administrator = console.signIn(member);

        administrator.get("/audit?patient=" + patient.get("nhs_number"));
        administrator.get("/audit/export.csv?user=nobody-at-all");

        List<Map<String, Object>> reads = jdbi.withHandle(h -> h.createQuery("""
                        select action, patient_id, detail, actor_role, actor_organisation from audit_log
                        where actor = :actor order by id""")
                .bind("actor", "staff:" + member.userId())
                .mapToMap()
                .list());
        assertThat(reads).hasSize(2);
        assertThat(reads.get(0).get("action")).isEqualTo("AUDIT_LOG_SEARCHED");
        assertThat(((Number) reads.get(0).get("patient_id")).longValue()).isEqualTo(id);
        assertThat((String) reads.get(0).get("detail"))
                .contains("patient " + id)
                .doesNotContain((String) patient.get("nhs_number"));
        assertThat(reads.get(0).get("actor_role")).isEqualTo("NETWORK_ADMINISTRATOR");
        assertThat(reads.get(0).get("actor_organisation")).isEqualTo(DemoStaff.NETWORK);
        assertThat(reads.get(1).get("action")).isEqualTo("AUDIT_LOG_EXPORTED");
        assertThat((String) reads.get(1).get("detail")).startsWith("0 entries; filter user staff:nobody-at-all");
    }

    @Test
    void badFilterInputIsNamedAndNothingIsListedOrRecorded() {
        DemoStaff.Member member = console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR);
        StaffClient administrator = console.signIn(member);

        HttpResponse<String> page =
                administrator.get("/audit?patient=9434765918&user=j%20smith&from=14/06/2031&to=2031-02-30");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("There is a problem")
                .contains("href=\"#patient\"")
                .contains("href=\"#user\"")
                .contains("href=\"#from\"")
                .contains("href=\"#to\"")
                .doesNotContain("entries match");
        HttpResponse<String> backwards = administrator.get("/audit?from=2031-06-15&to=2031-06-14");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("href=\"#to\"");
        HttpResponse<String> unknownPatient = administrator.get("/audit/export.csv?patient=9434765919");
        assertThat(unknownPatient.statusCode()).isEqualTo(400);
        assertThat(unknownPatient.body()).startsWith("patient: ");
        HttpResponse<String> export = administrator.get("/audit/export.csv?page=0");
        assertThat(export.statusCode()).isEqualTo(400);
        assertThat(export.body()).startsWith("page: ");

        long recorded = jdbi.withHandle(h -> h.createQuery("select count(*) from audit_log where actor = :actor")
                .bind("actor", "staff:" + member.userId())
                .mapTo(Long.class)
                .one());
        assertThat(recorded).isZero();
    }

    @Test
    void onlyTheNetworkLevelRoleOpensTheLog() {
        StaffClient ofTrust = console.signIn(console.staff().ofTrustA(Role.NETWORK_ADMINISTRATOR));
        assertThat(ofTrust.get("/audit").statusCode()).isEqualTo(404);
        assertThat(ofTrust.get("/audit/export.csv").statusCode()).isEqualTo(404);
        StaffClient manager = console.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));
        assertThat(manager.get("/audit").statusCode()).isEqualTo(404);
    }

    private static Map<String, Object> onePatient() {
        return jdbi.withHandle(h -> h.createQuery("select id, nhs_number from patient order by md5(id::text) limit 1")
                .mapToMap()
                .one());
    }

    private static void entry(String user, String action, Long patient, String at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into audit_log (occurred_at, actor, actor_role, actor_organisation, action, patient_id, detail, reason)
                        values (:at, :actor, 'BOOKINGS_CLERK', 'RXX', :action, :patient, 'test entry', '')""")
                .bind("at", OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC))
                .bind("actor", "staff:" + user)
                .bind("action", action)
                .bind("patient", patient)
                .execute());
    }

    private static int rows(HttpResponse<String> page) {
        return page.body().split("<tr class=\"nhsuk-table__row\">", -1).length - 2;
    }

    private static List<Map<String, String>> csv(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0] + "\r\n").isEqualTo(AuditCsv.HEADER);
        List<String> header = Arrays.asList(lines[0].split(","));
        return Arrays.stream(lines)
                .skip(1)
                .filter(l -> !l.isEmpty())
                .map(l -> l.split(",", -1))
                .map(f -> {
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), f[i]);
                    }
                    return row;
                })
                .toList();
    }
}
