package org.imagingnetwork.console.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vetting queue over HTTP: scope, order, justification and the rule that fired, rejection, bulk, bad input, CSRF, audit. */
class VettingIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void aRadiologistSeesTheirTrustsReferralsToVetMostUrgentThenOldestFirst() {
        String a = console.staff().trustA();
        StaffClient radiologist = console.signIn(console.staff().ofTrustA(Role.VETTING_RADIOLOGIST));

        HttpResponse<String> queue = radiologist.get("/vetting");

        assertThat(queue.statusCode()).isEqualTo(200);
        List<Long> expected = jdbi.withHandle(
                h -> h.createQuery("""
                        select id from request where state = 'RECEIVED' and referring_trust = :t
                        order by case priority when 'URGENT' then 0 when 'TWO_WEEK_WAIT' then 1 when 'ROUTINE' then 2 else 3 end,
                                 received_at, id
                        limit 25""").bind("t", a).mapTo(Long.class).list());
        assertThat(expected).isNotEmpty();
        assertThat(linkedReferrals(queue.body())).isEqualTo(expected);
        long total = count("select count(*) from request where state = 'RECEIVED' and referring_trust = '" + a + "'");
        assertThat(queue.body()).contains(String.format("%,d referrals to vet", total));

        List<Long> routine =
                linkedReferrals(radiologist.get("/vetting?routine=true").body());
        assertThat(routine).isNotEmpty();
        assertThat(count("select count(*) from request where priority <> 'ROUTINE' and id in ("
                        + routine.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                        + ")"))
                .isZero();
    }

    @Test
    void justifyingWithContrastDetailsMovesTheReferralOnAndNamesTheRuleThatFired() {
        DemoStaff.Member member = console.staff().ofTrustA(Role.VETTING_RADIOLOGIST);
        StaffClient radiologist = console.signIn(member);
        long id = received(console.staff().trustA(), "ROUTINE", 0);
        jdbi.useHandle(
                h -> h.execute("update request set needs_contrast = true, needs_sedation = true where id = ?", id));

        HttpResponse<String> page = radiologist.get("/vetting/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"egfr\"").contains("id=\"weightKg\"");
        assertThat(lastAudit(member, "PATIENT_SHOWN")).contains("Referral " + id + " on the vetting page");

        String measured = London.clinicDay(java.time.Instant.now()).minusDays(5).toString();
        HttpResponse<String> done = radiologist.submit(
                "/vetting/" + id + "/justify",
                Map.of(
                        "protocol",
                        "CT with contrast, portal venous",
                        "egfr",
                        "72",
                        "egfrMeasuredOn",
                        measured,
                        "weightKg",
                        "81"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/vetting/" + id);
        Map<String, Object> request =
                row("select state, protocol, egfr, egfr_measured_on, weight_kg from request where id = " + id);
        assertThat(request.get("state")).isEqualTo("WAITING");
        assertThat(request.get("protocol")).isEqualTo("CT with contrast, portal venous");
        assertThat(request.get("egfr")).isEqualTo(72);
        assertThat(request.get("egfr_measured_on").toString()).isEqualTo(measured);
        assertThat(request.get("weight_kg")).isEqualTo(81);
        String rule = (String) row("""
                        select ar.name from request_event ev join appointability_rule ar on ar.id = ev.rule_id
                        where ev.request_id = %d and ev.to_state = 'WAITING'""".formatted(id)).get("name");
        assertThat(eventActors(id)).containsExactly("staff:" + member.userId(), "staff:" + member.userId());
        Map<String, Object> audit = lastAuditRow(member, "REQUEST_JUSTIFIED");
        assertThat(audit.get("actor_role")).isEqualTo("VETTING_RADIOLOGIST");
        assertThat(audit.get("actor_organisation")).isEqualTo(console.staff().trustA());
        assertThat((String) audit.get("detail")).contains("Request " + id).contains(rule);

        HttpResponse<String> after = radiologist.follow(done);
        assertThat(after.body()).contains("Appointable").contains("Rule &#39;" + rule + "&#39; held");
    }

    @Test
    void aReferralJustifiedWithoutItsEgfrStaysVettedAndSaysWhatItNeeds() {
        StaffClient radiologist = console.signIn(console.staff().ofTrustA(Role.VETTING_RADIOLOGIST));
        long id = received(console.staff().trustA(), "ROUTINE", 0);
        jdbi.useHandle(h -> h.execute("update request set needs_contrast = true where id = ?", id));
        radiologist.get("/vetting/" + id);

        HttpResponse<String> done = radiologist.submit("/vetting/" + id + "/justify", Map.of("protocol", "CT abdomen"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(row("select state from request where id = " + id).get("state"))
                .isEqualTo("VETTED");
        assertThat(radiologist.follow(done).body())
                .contains("Vetted, not yet appointable")
                .contains("still needs")
                .contains("eGFR within");
    }

    @Test
    void rejectingRecordsTheReasonForTheReferrerAndAuditsIt() {
        DemoStaff.Member member = console.staff().ofTrustA(Role.VETTING_RADIOLOGIST);
        StaffClient radiologist = console.signIn(member);
        long id = received(console.staff().trustA(), "ROUTINE", 0);
        radiologist.get("/vetting/" + id);

        HttpResponse<String> blank = radiologist.submit("/vetting/" + id + "/reject", Map.of("reason", "  "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("href=\"#reason\"").contains("Give a reason");
        assertThat(row("select state from request where id = " + id).get("state"))
                .isEqualTo("RECEIVED");

        HttpResponse<String> done =
                radiologist.submit("/vetting/" + id + "/reject", Map.of("reason", "Ultrasound first, please"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(row("select state from request where id = " + id).get("state"))
                .isEqualTo("REJECTED");
        assertThat(row("select reason from request_event where request_id = " + id + " order by id desc limit 1")
                        .get("reason"))
                .isEqualTo("Ultrasound first, please");
        Map<String, Object> audit = lastAuditRow(member, "REQUEST_REJECTED");
        assertThat(audit.get("reason")).isEqualTo("Ultrasound first, please");
        assertThat(radiologist.follow(done).body())
                .contains("Rejected")
                .doesNotContain("action=\"/vetting/" + id + "/justify\"")
                .contains("Telling the referrer");
        assertThat(row("select change, trust_ods_code, owner_ods_code, status from outbox where request_id = " + id))
                .as("the referring trust's RIS write, queued with the rejection")
                .isEqualTo(Map.of(
                        "change",
                        "REFERRAL_REJECTED",
                        "trust_ods_code",
                        console.staff().trustA(),
                        "owner_ods_code",
                        console.staff().trustA(),
                        "status",
                        "PENDING"));

        // As the relay records the trust's RIS taking it.
        jdbi.useHandle(h -> h.execute(
                "update outbox set status = 'DELIVERED', attempts = 1, delivered_at = now() where request_id = ?", id));
        assertThat(radiologist.get("/vetting/" + id).body())
                .contains("Referrer told")
                .contains("RIS has the rejection and its reason");
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        assertThat(clerk.get("/requests/" + id).body())
                .contains("id=\"referrer-told\"")
                .contains("Referrer told");
    }

    @Test
    void badInputIsNamedAndChangesNothing() {
        DemoStaff.Member member = console.staff().ofTrustA(Role.VETTING_RADIOLOGIST);
        StaffClient radiologist = console.signIn(member);
        long id = received(console.staff().trustA(), "ROUTINE", 0);
        jdbi.useHandle(
                h -> h.execute("update request set needs_contrast = true, needs_sedation = true where id = ?", id));
        radiologist.get("/vetting/" + id);
        String everything =
                "select state, version, protocol, egfr, egfr_measured_on, weight_kg from request where id = ";
        Map<String, Object> before = row(everything + id);
        long changes = changeAudits();

        HttpResponse<String> unreadable = radiologist.submit(
                "/vetting/" + id + "/justify",
                Map.of("protocol", "", "egfr", "sixty", "egfrMeasuredOn", "yesterday", "weightKg", "heavy"));
        HttpResponse<String> outOfRange = radiologist.submit(
                "/vetting/" + id + "/justify",
                Map.of("protocol", "CT", "egfr", "250", "egfrMeasuredOn", "2999-01-01", "weightKg", "0"));

        for (HttpResponse<String> page : List.of(unreadable, outOfRange)) {
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body())
                    .contains("href=\"#egfr\"")
                    .contains("href=\"#egfrMeasuredOn\"")
                    .contains("href=\"#weightKg\"");
        }
        assertThat(unreadable.body()).contains("href=\"#protocol\"").contains("Enter the eGFR as a whole number");
        assertThat(outOfRange.body()).contains("eGFR must be between 0 and 200");
        assertThat(row(everything + id)).isEqualTo(before);
        assertThat(changeAudits()).isEqualTo(changes);
    }

    @Test
    void anotherTrustsRadiologistAndAClerkFindNothing() {
        long ofA = received(console.staff().trustA(), "ROUTINE", 0);
        StaffClient ofB = console.signIn(console.staff().ofTrustB(Role.VETTING_RADIOLOGIST));

        assertThat(ofB.get("/vetting/" + ofA).statusCode()).isEqualTo(404);
        assertThat(ofB.get("/vetting/999999999").statusCode()).isEqualTo(404);
        assertThat(ofB.get("/vetting/not-a-number").statusCode()).isEqualTo(404);
        assertThat(linkedReferrals(ofB.get("/vetting").body())).doesNotContain(ofA);
        HttpResponse<String> justify = ofB.submit("/vetting/" + ofA + "/justify", Map.of("protocol", "CT"));
        HttpResponse<String> reject = ofB.submit("/vetting/" + ofA + "/reject", Map.of("reason", "No"));
        assertThat(justify.statusCode()).isEqualTo(404);
        assertThat(reject.statusCode()).isEqualTo(404);
        assertThat(row("select state from request where id = " + ofA).get("state"))
                .isEqualTo("RECEIVED");

        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        assertThat(clerk.get("/vetting").statusCode()).isEqualTo(404);
        assertThat(clerk.get("/vetting/" + ofA).statusCode()).isEqualTo(404);
        assertThat(clerk.submit("/vetting/" + ofA + "/justify", Map.of("protocol", "CT"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(row("select state from request where id = " + ofA).get("state"))
                .isEqualTo("RECEIVED");
    }

    @Test
    void everyPostWithoutTheFormTokenIsRefusedAndChangesNothing() {
        long id = received(console.staff().trustA(), "ROUTINE", 0);
        StaffClient radiologist = console.signIn(console.staff().ofTrustA(Role.VETTING_RADIOLOGIST));
        radiologist.get("/vetting/" + id);
        long changes = changeAudits();

        for (Map.Entry<String, Map<String, String>> post : Map.of(
                        "/vetting/" + id + "/justify",
                        Map.of("protocol", "CT"),
                        "/vetting/" + id + "/reject",
                        Map.of("reason", "No"),
                        "/vetting/bulk",
                        Map.of("protocol", "CT", "select-" + id, "yes"))
                .entrySet()) {
            assertThat(radiologist.post(post.getKey(), post.getValue()).statusCode())
                    .as(post.getKey())
                    .isEqualTo(403);
            Map<String, String> forged = new LinkedHashMap<>(post.getValue());
            forged.put("csrfToken", "forged");
            assertThat(radiologist.post(post.getKey(), forged).statusCode())
                    .as(post.getKey())
                    .isEqualTo(403);
        }
        assertThat(row("select state from request where id = " + id).get("state"))
                .isEqualTo("RECEIVED");
        assertThat(changeAudits()).isEqualTo(changes);
    }

    @Test
    void bulkJustificationGivesEachRoutineReferralItsOwnEventAndListsTheOnesItCouldNot() {
        DemoStaff.Member member = console.staff().ofTrustA(Role.VETTING_RADIOLOGIST);
        StaffClient radiologist = console.signIn(member);
        List<Long> routine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            routine.add(received(console.staff().trustA(), "ROUTINE", i));
        }
        long urgent = received(console.staff().trustA(), "URGENT", 0);
        long ofB = received(console.staff().trustB(), "ROUTINE", 0);
        radiologist.get("/vetting");

        HttpResponse<String> missing = radiologist.submit("/vetting/bulk", Map.of("protocol", ""));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("href=\"#requests\"").contains("href=\"#protocol\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("protocol", "Standard protocol");
        routine.forEach(id -> form.put("select-" + id, "yes"));
        form.put("select-" + urgent, "yes");
        form.put("select-" + ofB, "yes");
        HttpResponse<String> done = radiologist.submit("/vetting/bulk", form);

        assertThat(done.statusCode()).isEqualTo(303);
        for (long id : routine) {
            assertThat(row("select state from request where id = " + id).get("state"))
                    .isIn("VETTED", "WAITING");
            assertThat(count("select count(*) from request_event where request_id = " + id
                            + " and from_state = 'RECEIVED'"))
                    .isEqualTo(1);
            assertThat(count(
                            "select count(*) from audit_log where action = 'REQUEST_JUSTIFIED' and detail like 'Request "
                                    + id + " %' and actor = 'staff:" + member.userId() + "'"))
                    .isEqualTo(1);
        }
        assertThat(row("select state from request where id = " + urgent).get("state"))
                .isEqualTo("RECEIVED");
        assertThat(row("select state from request where id = " + ofB).get("state"))
                .isEqualTo("RECEIVED");
        String result = radiologist.follow(done).body();
        assertThat(result)
                .contains("3 of 5 referrals justified")
                .contains("Referral " + urgent + "</a>:\n        <span>not justified: only routine")
                .contains("Referral " + ofB + "</a>:\n        <span>not justified: no such referral");
    }

    private static List<Long> linkedReferrals(String body) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"/vetting/([0-9]+)\">").matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /** A referral still to be vetted, of the trust and priority, skipping the first {@code skip}. */
    static long received(String trust, String priority, int skip) {
        return ConsoleServer.get()
                .jdbi()
                .withHandle(h -> h.createQuery("""
                        select id from request where state = 'RECEIVED' and referring_trust = :t and priority = :p
                          and not needs_contrast and not needs_sedation and not needs_general_anaesthetic
                        order by id limit 1 offset :skip""")
                        .bind("t", trust)
                        .bind("p", priority)
                        .bind("skip", skip)
                        .mapTo(Long.class)
                        .one());
    }

    private static long changeAudits() {
        return count("select count(*) from audit_log where action in ('REQUEST_JUSTIFIED', 'REQUEST_REJECTED')");
    }

    private static List<String> eventActors(long id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select actor from request_event where request_id = :id and from_state is not null order by id")
                .bind("id", id)
                .mapTo(String.class)
                .list());
    }

    private static String lastAudit(DemoStaff.Member member, String action) {
        return (String) lastAuditRow(member, action).get("detail");
    }

    private static Map<String, Object> lastAuditRow(DemoStaff.Member member, String action) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from audit_log where actor = :actor and action = :action order by id desc limit 1""")
                .bind("actor", "staff:" + member.userId())
                .bind("action", action)
                .mapToMap()
                .one());
    }

    private static Map<String, Object> row(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapToMap().one());
    }

    private static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
