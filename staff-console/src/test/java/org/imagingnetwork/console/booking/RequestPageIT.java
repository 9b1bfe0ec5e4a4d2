package org.imagingnetwork.console.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request's page over HTTP: what it shows, to whom, and the audit row every opening leaves. */
class RequestPageIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void aClerkOpensTheirTrustsRequestAndTheOpeningIsAudited() {
        long request = waitingRequestOf(console.staff().trustA());
        Map<String, Object> patient = jdbi.withHandle(
                h -> h.createQuery("""
                        select p.id, p.nhs_number, p.given_name || ' ' || p.family_name as name
                        from request r join patient p on p.id = r.patient_id where r.id = :id""").bind("id", request).mapToMap().one());
        DemoStaff.Member member = console.staff().ofTrustA(Role.BOOKINGS_CLERK);
        StaffClient clerk = console.signIn(member);

        HttpResponse<String> page = clerk.get("/requests/" + request);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains((String) patient.get("name"))
                .contains((String) patient.get("nhs_number"))
                .contains("Six-week breach date")
                .contains("History")
                .contains("Find a time");
        Map<String, Object> audit = jdbi.withHandle(h -> h.createQuery("""
                        select actor, actor_role, actor_organisation, patient_id, detail, reason from audit_log
                        where action = 'PATIENT_SHOWN' and actor = :actor order by id desc limit 1""")
                .bind("actor", "staff:" + member.userId())
                .mapToMap()
                .one());
        assertThat(audit.get("patient_id")).isEqualTo(patient.get("id"));
        assertThat(audit.get("actor_role")).isEqualTo("BOOKINGS_CLERK");
        assertThat(audit.get("actor_organisation")).isEqualTo(console.staff().trustA());
        assertThat((String) audit.get("detail")).isEqualTo("request page for request " + request);
        assertThat(audit.get("reason")).isEqualTo("booking office");
    }

    @Test
    void anotherTrustsClerkGetsNotFoundAsForARequestThatDoesNotExist() {
        long request = waitingRequestOf(console.staff().trustA());
        DemoStaff.Member member = console.staff().ofTrustB(Role.BOOKINGS_CLERK);
        StaffClient clerkOfB = console.signIn(member);

        assertThat(clerkOfB.get("/requests/" + request).statusCode()).isEqualTo(404);
        assertThat(clerkOfB.get("/requests/999999999").statusCode()).isEqualTo(404);
        assertThat(clerkOfB.get("/requests/0").statusCode()).isEqualTo(404);
        assertThat(clerkOfB.get("/requests/abc").statusCode()).isIn(400, 404);
        long audited = jdbi.withHandle(h -> h.createQuery("select count(*) from audit_log where actor = :actor")
                .bind("actor", "staff:" + member.userId())
                .mapTo(Long.class)
                .one());
        assertThat(audited)
                .as("nothing was shown, so nothing is recorded as shown")
                .isZero();
    }

    @Test
    void aRadiologistMayReadTheRequestButIsOfferedNoBooking() {
        long request = waitingRequestOf(console.staff().trustA());
        StaffClient radiologist = console.signIn(console.staff().ofTrustA(Role.VETTING_RADIOLOGIST));

        HttpResponse<String> page = radiologist.get("/requests/" + request);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Find a time");
    }

    @Test
    void aServiceManagerWithoutPatientAccessGetsNotFound() {
        long request = waitingRequestOf(console.staff().trustA());
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.SERVICE_MANAGER));

        assertThat(manager.get("/requests/" + request).statusCode()).isEqualTo(404);
    }

    static long waitingRequestOf(String trust) {
        return console.jdbi()
                .withHandle(h ->
                        h.createQuery("""
                        select id from request where referring_trust = :t and state = 'WAITING' order by id limit 1""").bind("t", trust).mapTo(Long.class).one());
    }
}
