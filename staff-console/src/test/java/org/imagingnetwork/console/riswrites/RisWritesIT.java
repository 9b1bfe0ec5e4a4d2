package org.imagingnetwork.console.riswrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parked RIS writes over HTTP: listed per trust in scope, retried one or all, audited, and out of reach of other trusts. */
class RisWritesIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void aParkedWriteIsListedAndRetriedBackIntoTheQueueWithItsAuditRow() {
        String a = console.staff().trustA();
        long row = ParkedRows.parkedBookingAt(console, a, "HTTP 503 from the RIS: Service Unavailable");
        DemoStaff.Member member = console.staff().ofTrustA(Role.SERVICE_MANAGER);
        StaffClient manager = console.signIn(member);

        HttpResponse<String> page = manager.get("/ris-writes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"write-" + row + "\"")
                .contains("HTTP 503 from the RIS: Service Unavailable")
                .contains("Booked")
                .contains("action=\"/ris-writes/" + row + "/retry\"");

        HttpResponse<String> retried = manager.submit("/ris-writes/" + row + "/retry", Map.of());
        assertThat(retried.statusCode()).isEqualTo(303);
        assertThat(retried.headers().firstValue("Location")).hasValue("/ris-writes?retried=" + row);
        Map<String, Object> after = jdbi.withHandle(h -> h.createQuery(
                        "select status, attempts, last_error, next_attempt_at <= now() as due from outbox where id = :id")
                .bind("id", row)
                .mapToMap()
                .one());
        assertThat(after.get("status")).isEqualTo("PENDING");
        assertThat(after.get("attempts")).isEqualTo(0);
        assertThat(after.get("last_error")).isNull();
        assertThat(after.get("due")).isEqualTo(true);
        assertThat(manager.follow(retried).body())
                .contains("Change " + row + " is back in the queue")
                .doesNotContain("id=\"write-" + row + "\"");

        Map<String, Object> audit = jdbi.withHandle(h -> h.createQuery("""
                        select l.actor, l.actor_role, l.actor_organisation, l.detail, l.patient_id, r.patient_id as owner
                        from audit_log l, outbox o join appointment ap on ap.id = o.appointment_id
                        join request r on r.id = ap.request_id
                        where l.action = 'RIS_DELIVERY_RETRIED' and o.id = :id and l.detail like :detail""")
                .bind("id", row)
                .bind("detail", "requeued RIS write " + row + " %")
                .mapToMap()
                .one());
        assertThat(audit.get("actor")).isEqualTo("staff:" + member.userId());
        assertThat(audit.get("actor_role")).isEqualTo("SERVICE_MANAGER");
        assertThat(audit.get("actor_organisation")).isEqualTo(a);
        assertThat(audit.get("patient_id")).isEqualTo(audit.get("owner"));

        HttpResponse<String> again = manager.submit("/ris-writes/" + row + "/retry", Map.of());
        assertThat(again.statusCode()).as("a row no longer parked").isEqualTo(404);
    }

    @Test
    void anotherTrustsParkedWriteIsNotFoundAndStaysParked() {
        long row = ParkedRows.parkedBookingAt(console, console.staff().trustA(), "HTTP 500");
        StaffClient managerOfB = console.signIn(console.staff().ofTrustB(Role.SERVICE_MANAGER));

        assertThat(managerOfB.get("/ris-writes").body()).doesNotContain("id=\"write-" + row + "\"");
        HttpResponse<String> retry = managerOfB.submit("/ris-writes/" + row + "/retry", Map.of());
        assertThat(retry.statusCode()).isEqualTo(404);
        HttpResponse<String> retryAll = managerOfB.submit(
                "/ris-writes/retry-all", Map.of("trust", console.staff().trustA()));
        assertThat(retryAll.statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = managerOfB.submit("/ris-writes/987654321/retry", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ParkedRows.status(jdbi, row)).isEqualTo("FAILED");

        StaffClient administrator = console.signIn(console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR));
        assertThat(administrator.get("/ris-writes").body()).contains("id=\"write-" + row + "\"");
    }

    @Test
    void retryAllRequeuesEveryParkedWriteOfOneTrustOnly() {
        String a = console.staff().trustA();
        String b = console.staff().trustB();
        List<Long> ofA = List.of(
                ParkedRows.parkedBookingAt(console, a, "timeout"), ParkedRows.parkedBookingAt(console, a, "timeout"));
        long ofB = ParkedRows.parkedBookingAt(console, b, "HTTP 422");
        StaffClient administrator = console.signIn(console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR));
        long parkedOfA = jdbi.withHandle(
                h -> h.createQuery("select count(*) from outbox where status = 'FAILED' and trust_ods_code = :t")
                        .bind("t", a)
                        .mapTo(Long.class)
                        .one());

        HttpResponse<String> page = administrator.get("/ris-writes");
        assertThat(page.body()).contains("Send all " + parkedOfA + " again");
        HttpResponse<String> retried = administrator.submit("/ris-writes/retry-all", Map.of("trust", a));

        assertThat(retried.statusCode()).isEqualTo(303);
        assertThat(retried.headers().firstValue("Location")).hasValue("/ris-writes?retriedAll=" + parkedOfA);
        assertThat(ofA)
                .allSatisfy(row -> assertThat(ParkedRows.status(jdbi, row)).isEqualTo("PENDING"));
        assertThat(ParkedRows.status(jdbi, ofB)).isEqualTo("FAILED");
        long audited = jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where action = 'RIS_DELIVERY_RETRIED' and detail like :d")
                .bind("d", "% for " + a)
                .mapTo(Long.class)
                .one());
        assertThat(audited).isGreaterThanOrEqualTo(parkedOfA);
    }

    @Test
    void aSlotsOwnParkedChangeIsListedAndRetriedWithNoPatientInItsAuditRow() {
        long row = ParkedRows.parkedSlotBlockAt(console, console.staff().trustA(), "HTTP 409");
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.SERVICE_MANAGER));

        assertThat(manager.get("/ris-writes").body())
                .contains("id=\"write-" + row + "\"")
                .contains("Slot blocked");
        assertThat(manager.submit("/ris-writes/" + row + "/retry", Map.of()).statusCode())
                .isEqualTo(303);

        assertThat(ParkedRows.status(jdbi, row)).isEqualTo("PENDING");
        Map<String, Object> audit = jdbi.withHandle(h -> h.createQuery(
                        "select patient_id, detail from audit_log where action = 'RIS_DELIVERY_RETRIED' and detail like :d")
                .bind("d", "requeued RIS write " + row + " %")
                .mapToMap()
                .one());
        assertThat(audit.get("patient_id")).isNull();
        assertThat((String) audit.get("detail")).contains("SLOT_STATUS of slot ");
    }

    @Test
    void rolesWithoutThePermissionDoNotFindThePage() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        assertThat(clerk.get("/ris-writes").statusCode()).isEqualTo(404);
    }
}
