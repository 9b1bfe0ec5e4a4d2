package org.imagingnetwork.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff availability over HTTP: the list, scope, form tokens, field errors, audit rows and the diary's mark. */
class StaffAvailabilityIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void aDiaryManagerSeesTheStaffOfTheirTrustOnly() {
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
        HttpResponse<String> list = manager.get("/staff");

        assertThat(list.statusCode()).isEqualTo(200);
        long ofA = count("select count(*) from staff where trust_ods_code = '"
                + console.staff().trustA() + "'");
        assertThat(ofA).isPositive();
        assertThat(list.body()).contains(ofA + " staff");
        String memberOfA = staffOf(console.staff().trustA(), 0);
        String memberOfB = staffOf(console.staff().trustB(), 0);
        assertThat(list.body())
                .contains("href=\"/staff/" + memberOfA + "\"")
                .doesNotContain("href=\"/staff/" + memberOfB + "\"");

        assertThat(manager.get("/staff/" + memberOfA).statusCode()).isEqualTo(200);
        assertThat(manager.get("/staff/" + memberOfB).statusCode()).isEqualTo(404);
        assertThat(manager.get("/staff/nobody-at-all").statusCode()).isEqualTo(404);
        assertThat(manager.get("/staff?trust=" + console.staff().trustB()).statusCode())
                .isEqualTo(404);

        long absences = count("select count(*) from staff_absence");
        HttpResponse<String> forB =
                manager.submit("/staff/" + memberOfB + "/absences", leave("2027-01-04", "2027-01-08"));
        assertThat(forB.statusCode()).isEqualTo(404);
        assertThat(count("select count(*) from staff_absence")).isEqualTo(absences);

        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        // Without the permission, the page answers as one that does not exist.
        assertThat(clerk.get("/staff").statusCode()).isEqualTo(404);
    }

    @Test
    void leaveThatEndsBeforeItStartsIsNamedAndNothingIsRecorded() {
        String member = staffOf(console.staff().trustA(), 1);
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
        manager.get("/staff/" + member);
        long absences = count("select count(*) from staff_absence");
        long audits = count("select count(*) from audit_log where action = 'ABSENCE_RECORDED'");

        HttpResponse<String> backwards =
                manager.submit("/staff/" + member + "/absences", leave("2027-01-08", "2027-01-04"));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body())
                .contains("href=\"#lastDay\"")
                .contains("The last day cannot be before the first day")
                .contains("value=\"2027-01-08\"");

        Map<String, String> noKind = new LinkedHashMap<>(leave("2027-01-04", "2027-01-08"));
        noKind.remove("kind");
        noKind.put("firstDay", "4 January");
        HttpResponse<String> unreadable = manager.submit("/staff/" + member + "/absences", noKind);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("href=\"#firstDay\"");

        HttpResponse<String> kindless = manager.submit(
                "/staff/" + member + "/absences", Map.of("firstDay", "2027-01-04", "lastDay", "2027-01-04"));
        assertThat(kindless.statusCode()).isEqualTo(400);
        assertThat(kindless.body()).contains("href=\"#kind\"");

        assertThat(count("select count(*) from staff_absence")).isEqualTo(absences);
        assertThat(count("select count(*) from audit_log where action = 'ABSENCE_RECORDED'"))
                .isEqualTo(audits);
    }

    @Test
    void recordingAndWithdrawingAreRefusedWithoutTheFormToken() {
        String member = staffOf(console.staff().trustA(), 2);
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
        manager.get("/staff/" + member);
        assertThat(manager.submit("/staff/" + member + "/absences", leave("2027-02-01", "2027-02-05"))
                        .statusCode())
                .isEqualTo(303);
        long id = jdbi.withHandle(h -> h.createQuery(
                        "select id from staff_absence where staff_id = :s and withdrawn_at is null order by id desc limit 1")
                .bind("s", member)
                .mapTo(Long.class)
                .one());
        long absences = count("select count(*) from staff_absence");

        assertThat(manager.post("/staff/" + member + "/absences", leave("2027-03-01", "2027-03-05"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(manager.post("/staff/" + member + "/absences/" + id + "/withdraw", Map.of("version", "0"))
                        .statusCode())
                .isEqualTo(403);
        Map<String, String> forged = new LinkedHashMap<>(leave("2027-03-01", "2027-03-05"));
        forged.put("csrfToken", "forged");
        assertThat(manager.post("/staff/" + member + "/absences", forged).statusCode())
                .isEqualTo(403);

        assertThat(count("select count(*) from staff_absence")).isEqualTo(absences);
        assertThat(count("select count(*) from staff_absence where id = " + id + " and withdrawn_at is null"))
                .isEqualTo(1);

        String other = staffOf(console.staff().trustA(), 3);
        manager.get("/staff/" + other);
        assertThat(manager.submit("/staff/" + other + "/absences/" + id + "/withdraw", Map.of("version", "0"))
                        .statusCode())
                .as("someone else's absence")
                .isEqualTo(404);
        assertThat(count("select count(*) from staff_absence where id = " + id + " and withdrawn_at is null"))
                .isEqualTo(1);
    }

    @Test
    void sicknessMarksTheSessionsItLeavesShortUntilItIsWithdrawn() {
        Map<String, Object> session = jdbi.withHandle(h -> h.createQuery("""
                        select se.id, se.clinic_date::text as day, ro.site_ods_code as site, min(ss.staff_id) as staff
                        from session se
                        join room ro on ro.id = se.room_id
                        join site si on si.ods_code = ro.site_ods_code and si.trust_ods_code = :t
                        join session_staff ss on ss.session_id = se.id
                        join staff st on st.id = ss.staff_id and st.trust_ods_code = :t
                        where se.status = 'RELEASED' and se.starts_at > now() + interval '1 day'
                        group by se.id, ro.site_ods_code
                        having count(*) = 1
                        order by se.starts_at desc, se.id
                        limit 1""")
                .bind("t", console.staff().trustA())
                .mapToMap()
                .one());
        String member = (String) session.get("staff");
        String day = (String) session.get("day");
        String grid = "/diary?site=" + session.get("site") + "&view=day&date=" + day;
        DemoStaff.Member managerOfA = console.staff().ofTrustA(Role.DIARY_MANAGER);
        StaffClient manager = console.signIn(managerOfA);
        assertThat(cell(manager.get(grid).body(), (Long) session.get("id"))).doesNotContain("Short of staff");

        manager.get("/staff/" + member);
        Map<String, String> sick = Map.of("kind", "SICKNESS", "firstDay", day, "lastDay", day, "note", "Flu");
        HttpResponse<String> recorded = manager.submit("/staff/" + member + "/absences", sick);

        assertThat(recorded.statusCode()).isEqualTo(303);
        String page = manager.follow(recorded).body();
        assertThat(page).contains("Absence recorded").contains("Sickness");
        Map<String, Object> audit =
                jdbi.withHandle(h -> h.createQuery("select actor, actor_role, actor_organisation, detail from audit_log"
                                + " where action = 'ABSENCE_RECORDED' order by id desc limit 1")
                        .mapToMap()
                        .one());
        assertThat(audit.get("actor")).isEqualTo("staff:" + managerOfA.userId());
        assertThat(audit.get("actor_role")).isEqualTo("DIARY_MANAGER");
        assertThat(audit.get("actor_organisation")).isEqualTo(console.staff().trustA());
        assertThat(audit.get("detail").toString()).contains(member);
        assertThat(cell(manager.get(grid).body(), (Long) session.get("id"))).contains("Short of staff");
        assertThat(manager.get("/diary/sessions/" + session.get("id")).body()).contains("Absences leave nobody for");

        Map<String, Object> absence = jdbi.withHandle(
                h -> h.createQuery("select id, version from staff_absence where staff_id = :s and withdrawn_at is null"
                                + " and first_day = cast(:d as date)")
                        .bind("s", member)
                        .bind("d", day)
                        .mapToMap()
                        .one());
        manager.get("/staff/" + member);
        HttpResponse<String> withdrawn = manager.submit(
                "/staff/" + member + "/absences/" + absence.get("id") + "/withdraw",
                Map.of("version", String.valueOf(absence.get("version"))));
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(count("select count(*) from audit_log where action = 'ABSENCE_WITHDRAWN' and detail like '%" + member
                        + "%'"))
                .isEqualTo(1);
        assertThat(cell(manager.get(grid).body(), (Long) session.get("id"))).doesNotContain("Short of staff");
    }

    static Map<String, String> leave(String first, String last) {
        return Map.of("kind", "LEAVE", "firstDay", first, "lastDay", last, "note", "");
    }

    private static String staffOf(String trust, int skip) {
        return jdbi.withHandle(
                h -> h.createQuery("select id from staff where trust_ods_code = :t order by id offset :skip limit 1")
                        .bind("t", trust)
                        .bind("skip", skip)
                        .mapTo(String.class)
                        .one());
    }

    private static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String cell(String page, long session) {
        int start = page.indexOf("data-session=\"" + session + "\"");
        assertThat(start).as("session %d in the grid", session).isPositive();
        int end = page.indexOf("data-session=", start + 10);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
