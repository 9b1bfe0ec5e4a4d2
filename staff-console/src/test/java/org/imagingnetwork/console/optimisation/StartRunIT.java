package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starting a run over HTTP: what the form offers, what it says the run will consider, what it refuses. */
class StartRunIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;
    private static String ics;
    private static String modality;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
        ics = console.staff().icsOfA();
        modality = OptimisationRuns.busiestModality(jdbi, ics);
    }

    @Test
    void theFormSaysWhatTheRunWillConsiderThenStartsIt() throws Exception {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        HttpResponse<String> blank = manager.get("/optimisation/new");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("value=\"ICS:" + ics + "\"").doesNotContain("value=\"NETWORK\"");
        assertThat(blank.body().split("<option value=\"ICS:", -1))
                .as("only the manager's own ICS")
                .hasSize(2);

        Map<String, String> form = OptimisationRuns.allocation("ICS:" + ics, modality, 2);
        HttpResponse<String> preview = manager.get("/optimisation/new?" + OptimisationRuns.query(form));
        long waiting = jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from request q join exam e on e.code = q.exam_code join trust t on t.ods_code = q.referring_trust
                        where q.state = 'WAITING' and t.ics_code = :ics and e.modality = :modality""")
                .bind("ics", ics)
                .bind("modality", modality)
                .mapTo(Long.class)
                .one());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("What the run will consider")
                .containsPattern("Patients waiting</dt>\\s*<dd class=\"nhsuk-summary-list__value\">" + waiting + "<")
                .contains("Start the run");

        UUID run = OptimisationRuns.start(manager, form);
        Map<String, Object> row = jdbi.withHandle(h -> h.createQuery(
                        "select kind, scope_level, scope_code, modality, requested_by from optimisation_run where id = :id")
                .bind("id", run)
                .mapToMap()
                .one());
        assertThat(row)
                .containsEntry("kind", "ALLOCATION")
                .containsEntry("scope_level", "ICS")
                .containsEntry("scope_code", ics)
                .containsEntry("modality", modality);
        assertThat((String) row.get("requested_by")).startsWith("staff:");
        assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");
    }

    @Test
    void refusesAScopeWithNothingToPlanNamingTheField() {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        manager.get("/optimisation/new");
        long before = runs();
        Map<String, String> farAhead = OptimisationRuns.allocation("ICS:" + ics, modality, 2);
        farAhead.put("firstDay", OptimisationRuns.nextMonday().plusWeeks(40).toString());

        HttpResponse<String> preview = manager.get("/optimisation/new?" + OptimisationRuns.query(farAhead));
        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(preview.body())
                .contains("href=\"#firstDay\"")
                .contains("slots from")
                .doesNotContain("Start the run");
        HttpResponse<String> started = manager.submit("/optimisation/runs", farAhead);
        assertThat(started.statusCode()).isEqualTo(400);
        assertThat(started.body()).contains("href=\"#firstDay\"");
        assertThat(runs()).as("nothing queued").isEqualTo(before);
    }

    @Test
    void badFieldsAreNamedAndNothingStarts() {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        manager.get("/optimisation/new");
        long before = runs();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("kind", "SOMETHING");
        bad.put("scope", "ICS:" + otherIcs());
        bad.put("modality", "XRAY");
        bad.put("firstDay", "2020-01-06");
        bad.put("weeks", "13");
        bad.put("seconds", "none");

        HttpResponse<String> refused = manager.submit("/optimisation/runs", bad);

        assertThat(refused.statusCode()).isEqualTo(400);
        for (String field : bad.keySet()) {
            assertThat(refused.body()).as(field).contains("href=\"#" + field + "\"");
        }
        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        long before = runs();
        HttpResponse<String> forged =
                manager.post("/optimisation/runs", OptimisationRuns.allocation("ICS:" + ics, modality, 2));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void staffWithoutThePermissionCannotOpenOptimisation() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        assertThat(clerk.get("/optimisation/new").statusCode())
                .as("routes outside a role answer not found")
                .isEqualTo(404);
    }

    private static String otherIcs() {
        return jdbi.withHandle(h -> h.createQuery("select code from ics where code <> :ics order by code limit 1")
                .bind("ics", ics)
                .mapTo(String.class)
                .one());
    }

    private static long runs() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from optimisation_run")
                .mapTo(Long.class)
                .one());
    }
}
