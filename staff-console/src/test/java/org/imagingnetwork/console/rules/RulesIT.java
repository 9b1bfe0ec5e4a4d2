package org.imagingnetwork.console.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Appointability rules over HTTP: the list in scope, the preview and the save that moves exactly
 * what it previewed, a change meanwhile, bad input named, scope, CSRF and audit. Rules are set up
 * for trust B, whose vetted requests no other test class relies on.
 */
class RulesIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void aTrustManagerSeesTheNetworkRulesAndTheirTrustsButChangesOnlyTheirs() {
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.SERVICE_MANAGER));

        HttpResponse<String> list = manager.get("/rules");

        assertThat(list.statusCode()).isEqualTo(200);
        List<String> network = names("select name from appointability_rule where trust_ods_code is null");
        List<String> ofA = names("select name from appointability_rule where trust_ods_code = '"
                + console.staff().trustA() + "'");
        assertThat(network).isNotEmpty();
        for (String name : network) {
            assertThat(list.body()).contains(escaped(name));
        }
        for (String name : ofA) {
            assertThat(list.body()).contains(escaped(name));
        }
        assertThat(list.body()).contains("Network-wide").contains("Network staff only");
        assertThat(actions(list.body()))
                .allMatch(action -> ids("select id from appointability_rule where trust_ods_code = '"
                                + console.staff().trustA() + "'")
                        .contains(Long.parseLong(action.split("/")[2])));
    }

    @Test
    void thePreviewListsWhatSavingThenMovesAndTheSaveIsAudited() {
        DemoStaff.Member member = console.staff().ofTrustB(Role.SERVICE_MANAGER);
        StaffClient manager = console.signIn(member);
        List<Long> protocolled = protocolVetted(2);
        manager.get("/rules/new");
        Map<String, String> form = rule("Protocol is enough " + UUID.randomUUID(), "vetted", "protocolSet");

        HttpResponse<String> preview = manager.submit("/rules/preview", form);

        assertThat(preview.statusCode()).isEqualTo(200);
        List<Long> previewed = previewedRequests(preview.body());
        assertThat(previewed).containsAll(protocolled);
        assertThat(preview.body()).contains("This change would move " + previewed.size() + " requests");
        assertThat(rulesNamed(form.get("name"))).isZero();

        form.put("previewed", hidden(preview.body(), "previewed"));
        HttpResponse<String> saved = manager.submit("/rules/save", form);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("&moved=" + previewed.size());
        long rule = ids("select id from appointability_rule where name = '" + form.get("name") + "'")
                .get(0);
        // The rules are tried oldest first, so a request the trust's older rule now also holds for
        // (its protocol was just set) is moved by that rule: the preview names it, and so does the event.
        assertThat(ids("select request_id from request_event where rule_id = " + rule))
                .isSubsetOf(previewed);
        for (long id : previewed) {
            assertThat(ids("select id from request where state = 'WAITING' and id = " + id))
                    .as("request %d", id)
                    .hasSize(1);
        }
        Map<String, Object> audit = jdbi.withHandle(
                h -> h.createQuery("select * from audit_log where action = 'RULE_CREATED' and detail like :d")
                        .bind("d", "Rule " + rule + " %")
                        .mapToMap()
                        .one());
        assertThat(audit.get("actor")).isEqualTo("staff:" + member.userId());
        assertThat(audit.get("actor_role")).isEqualTo("SERVICE_MANAGER");
        assertThat(audit.get("actor_organisation")).isEqualTo(console.staff().trustB());
        assertThat(manager.follow(saved).body())
                .contains("Rule &#39;" + form.get("name") + "&#39; saved. " + previewed.size() + " requests moved");

        HttpResponse<String> off = manager.submit("/rules/" + rule + "/disable", Map.of());
        assertThat(off.statusCode()).isEqualTo(303);
        assertThat(enabled(rule)).isFalse();
        String role = jdbi.withHandle(
                h -> h.createQuery("select actor_role from audit_log where action = 'RULE_DISABLED' and detail = :d")
                        .bind("d", "Rule " + rule)
                        .mapTo(String.class)
                        .one());
        assertThat(role).isEqualTo("SERVICE_MANAGER");
    }

    @Test
    void aSaveAfterTheRequestsChangedSaysSoAndSavesNothing() {
        StaffClient manager = console.signIn(console.staff().ofTrustB(Role.SERVICE_MANAGER));
        manager.get("/rules/new");
        Map<String, String> form = rule("Protocol, and recently " + UUID.randomUUID(), "vetted", "protocolSet");
        HttpResponse<String> preview = manager.submit("/rules/preview", form);
        int before = previewedRequests(preview.body()).size();
        form.put("previewed", hidden(preview.body(), "previewed"));
        protocolVetted(1);

        HttpResponse<String> saved = manager.submit("/rules/save", form);

        assertThat(saved.statusCode()).isEqualTo(409);
        assertThat(saved.body()).contains("href=\"#preview\"").contains("it would now move " + (before + 1));
        assertThat(rulesNamed(form.get("name"))).isZero();
    }

    @Test
    void aRuleThatCannotParseNamesItsFieldAndNothingIsSaved() {
        StaffClient manager = console.signIn(console.staff().ofTrustB(Role.SERVICE_MANAGER));
        manager.get("/rules/new");
        long rules = count("select count(*) from appointability_rule");
        String taken = names("select name from appointability_rule where trust_ods_code = '"
                        + console.staff().trustB()
                        + "' union all select name from appointability_rule where trust_ods_code is null")
                .get(0);

        Map<String, String> words = rule("Bad days", "vetted", "egfr");
        words.put("egfrDays", "ninety");
        Map<String, String> tooMany = rule("Bad days", "vetted", "due");
        tooMany.put("dueDays", "4000");
        Map<String, String> nothing = rule(" ");
        HttpResponse<String> wordsPage = manager.submit("/rules/preview", words);
        HttpResponse<String> tooManyPage = manager.submit("/rules/save", tooMany);
        HttpResponse<String> nothingPage = manager.submit("/rules/preview", nothing);

        assertThat(wordsPage.statusCode()).isEqualTo(400);
        assertThat(wordsPage.body())
                .contains("href=\"#egfrDays\"")
                .contains("Enter the days for the eGFR as a whole number from 1 to 3650")
                .doesNotContain("This change would move");
        assertThat(tooManyPage.statusCode()).isEqualTo(400);
        assertThat(tooManyPage.body()).contains("href=\"#dueDays\"");
        assertThat(nothingPage.body()).contains("href=\"#name\"").contains("href=\"#conditions\"");
        if (names("select name from appointability_rule where trust_ods_code = '"
                        + console.staff().trustB() + "'")
                .contains(taken)) {
            HttpResponse<String> duplicate = manager.submit("/rules/preview", rule(taken, "vetted"));
            assertThat(duplicate.statusCode()).isEqualTo(400);
            assertThat(duplicate.body()).contains("href=\"#name\"").contains("already exists there");
        }
        assertThat(count("select count(*) from appointability_rule")).isEqualTo(rules);
    }

    @Test
    void otherTrustsRulesNetworkRulesAndOtherRolesAreNotFound() {
        StaffClient managerOfA = console.signIn(console.staff().ofTrustA(Role.SERVICE_MANAGER));
        managerOfA.get("/rules/new");
        long rules = count("select count(*) from appointability_rule");
        long networkRule = ids("select id from appointability_rule where trust_ods_code is null")
                .get(0);

        Map<String, String> forB = rule("Not mine", "vetted");
        forB.put("trust", console.staff().trustB());
        Map<String, String> networkWide = rule("Not mine either", "vetted");
        networkWide.put("trust", "NETWORK");
        assertThat(managerOfA.submit("/rules/preview", forB).statusCode()).isEqualTo(404);
        assertThat(managerOfA.submit("/rules/save", forB).statusCode()).isEqualTo(404);
        assertThat(managerOfA.submit("/rules/preview", networkWide).statusCode())
                .isEqualTo(404);
        assertThat(managerOfA
                        .submit("/rules/" + networkRule + "/disable", Map.of())
                        .statusCode())
                .isEqualTo(404);
        ids("select id from appointability_rule where trust_ods_code = '"
                        + console.staff().trustB() + "'")
                .forEach(id -> assertThat(managerOfA
                                .submit("/rules/" + id + "/disable", Map.of())
                                .statusCode())
                        .isEqualTo(404));
        assertThat(managerOfA.submit("/rules/999999999/enable", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(enabled(networkRule)).isTrue();
        assertThat(count("select count(*) from appointability_rule")).isEqualTo(rules);

        StaffClient radiologist = console.signIn(console.staff().ofTrustA(Role.VETTING_RADIOLOGIST));
        assertThat(radiologist.get("/rules").statusCode()).isEqualTo(404);
        assertThat(radiologist.get("/rules/new").statusCode()).isEqualTo(404);

        StaffClient administrator = console.signIn(console.staff().ofNetwork(Role.NETWORK_ADMINISTRATOR));
        HttpResponse<String> list = administrator.get("/rules");
        assertThat(actions(list.body())).contains("/rules/" + networkRule + "/disable");
        HttpResponse<String> preview = administrator.submit("/rules/preview", networkWide);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("This change would move");
    }

    @Test
    void everyPostWithoutTheFormTokenIsRefusedAndChangesNothing() {
        StaffClient manager = console.signIn(console.staff().ofTrustB(Role.SERVICE_MANAGER));
        manager.get("/rules/new");
        long rule = ids("select id from appointability_rule where trust_ods_code is null")
                .get(0);
        long rules = count("select count(*) from appointability_rule");
        Map<String, String> form = rule("Unsigned " + UUID.randomUUID(), "vetted");

        for (String path :
                List.of("/rules/preview", "/rules/save", "/rules/" + rule + "/disable", "/rules/" + rule + "/enable")) {
            assertThat(manager.post(path, form).statusCode()).as(path).isEqualTo(403);
            Map<String, String> forged = new LinkedHashMap<>(form);
            forged.put("csrfToken", "forged");
            assertThat(manager.post(path, forged).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(count("select count(*) from appointability_rule")).isEqualTo(rules);
        assertThat(enabled(rule)).isTrue();
    }

    /** A new rule's form for trust B with the conditions ticked (90 days for an eGFR, 30 for a due date). */
    private static Map<String, String> rule(String name, String... conditions) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("trust", console.staff().trustB());
        form.put("name", name);
        form.put("egfrDays", "90");
        form.put("dueDays", "30");
        for (String condition : conditions) {
            form.put(condition, "yes");
        }
        return form;
    }

    /** Gives protocols to vetted requests of trust B that had none, so a "protocol set" rule has something to move. */
    private static List<Long> protocolVetted(int n) {
        return jdbi.withHandle(h -> h.createQuery("""
                        update request set protocol = 'Standard protocol', version = version + 1
                        where id in (select id from request where state = 'VETTED' and referring_trust = :b
                                     and protocol is null order by id limit :n)
                        returning id""")
                .bind("b", console.staff().trustB())
                .bind("n", n)
                .mapTo(Long.class)
                .list());
    }

    private static List<Long> previewedRequests(String body) {
        List<Long> ids = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"/requests/([0-9]+)\">").matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static List<String> actions(String body) {
        List<String> actions = new java.util.ArrayList<>();
        Matcher m =
                Pattern.compile("action=\"(/rules/[0-9]+/(?:enable|disable))\"").matcher(body);
        while (m.find()) {
            actions.add(m.group(1));
        }
        return actions;
    }

    private static String hidden(String body, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(body);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;");
    }

    private static boolean enabled(long rule) {
        return jdbi.withHandle(h -> h.createQuery("select enabled from appointability_rule where id = " + rule)
                .mapTo(Boolean.class)
                .one());
    }

    private static long rulesNamed(String name) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from appointability_rule where name = :n")
                .bind("n", name)
                .mapTo(Long.class)
                .one());
    }

    private static List<String> names(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    private static List<Long> ids(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
    }

    private static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
