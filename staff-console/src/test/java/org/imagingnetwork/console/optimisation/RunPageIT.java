package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.testsupport.web.Browser;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run's life over HTTP: live progress from any instance (over HTTP and in two browsers on two
 * instances), stop, explanation, comparison, publishing, and scope.
 */
class RunPageIT {

    private static ConsoleServer console;
    private static ConsoleServer watcher;
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

    /** A second instance over the same database and Redis that solves no runs, started once for this class. */
    private static synchronized ConsoleServer watcher() {
        if (watcher == null) {
            watcher = ConsoleServer.another(Map.of("console.optimisation.solve-runs", "false"));
        }
        return watcher;
    }

    @AfterAll
    static void stopWatcher() {
        if (watcher != null) {
            watcher.stop();
        }
    }

    @Test
    void progressOfARunStartedOnOneInstanceStreamsLiveFromAnother() throws Exception {
        ConsoleServer watcher = watcher();
        DemoStaff.Member manager = console.staff().at(Role.SERVICE_MANAGER, ics);
        StaffClient starter = console.signIn(manager);
        StaffClient elsewhere = watcher.signIn(manager);
        long started = System.nanoTime();
        UUID run = OptimisationRuns.start(starter, OptimisationRuns.allocation("ICS:" + ics, modality, 3));
        AtomicLong firstPoint = new AtomicLong();

        List<String> events = stream(watcher, elsewhere, "/optimisation/runs/" + run + "/events", data -> {
            if (data.contains("\"seq\":") && firstPoint.get() == 0) {
                firstPoint.set(System.nanoTime());
            }
        });

        long millis = Duration.ofNanos(firstPoint.get() - started).toMillis();
        System.out.printf(
                "Run page: first progress %d ms after the run was started (%s network)%n",
                millis, ConsoleServer.preset());
        assertThat(millis)
                .as("the other instance shows progress soon after the start")
                .isBetween(0L, 15_000L);

        assertThat(events).as("events until the run finished").isNotEmpty();
        assertThat(events.get(events.size() - 1)).contains("\"live\":false").contains("\"state\":\"SOLVED\"");
        assertThat(events).anyMatch(e -> e.contains("\"seq\":1"));
        assertThat(events).anyMatch(e -> e.contains("\"live\":true"));
        String page = elsewhere.get("/optimisation/runs/" + run).body();
        assertThat(page).contains("data-seq=\"1\"").contains("Solved").doesNotContain("Stop and keep");
    }

    /**
     * In real browsers: a manager starts a run from the form on one instance; the run's page open on
     * another instance, which solves nothing, moves its time bar and adds the better plans to its score
     * table as they come, without reloading; stopping it on the first shows on the second.
     */
    @Test
    void aRunStartedInABrowserOnOneInstanceIsWatchedLiveInABrowserOnAnother() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        DemoStaff.Member manager = console.staff().at(Role.SERVICE_MANAGER, ics);
        try (StaffBrowser onA = new StaffBrowser(console, "two-instances-a", StaffBrowser.DESKTOP);
                StaffBrowser onB = new StaffBrowser(watcher(), "two-instances-b", StaffBrowser.DESKTOP)) {
            onA.signIn(manager);
            onB.signIn(manager);
            Page a = onA.page();
            onA.open("/optimisation/new");
            a.check("#kind");
            a.selectOption("#scope", "ICS:" + ics);
            a.selectOption("#modality", modality);
            // A long limit: it must still be solving when it is stopped below.
            a.fill("#seconds", "120");
            a.click("button:has-text('Check what the run will consider')");
            a.click("button:has-text('Start the run')");
            a.waitForURL("**/optimisation/runs/*");

            Page b = onB.page();
            onB.open(URI.create(a.url()).getPath());
            List<String> reloads = new CopyOnWriteArrayList<>();
            b.onFrameNavigated(frame -> {
                if (frame == b.mainFrame()) {
                    reloads.add(frame.url());
                }
            });
            List<String> drawn = seqs(b);
            double bar = OptimisationRuns.progressAbove(
                    b, Double.parseDouble(b.locator("#run-progress-bar").getAttribute("value")));
            OptimisationRuns.progressAbove(b, bar);
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (drawn.containsAll(seqs(b)) && System.nanoTime() < until) {
                b.waitForTimeout(200);
            }
            assertThat(seqs(b))
                    .as("better plans found since the page was drawn are added to its table")
                    .isNotEmpty()
                    .containsAll(drawn)
                    .hasSizeGreaterThan(drawn.size());
            assertThat(b.locator("#best-levels td[data-level='0']").textContent())
                    .isNotEqualTo("–");
            assertThat(reloads).as("the page moved without reloading").isEmpty();
            onB.check("run-watched-from-another-instance");

            a.click("button:has-text('Stop and keep the best plan so far')");
            b.waitForSelector(
                    "#run-state:has-text('Stopped (best plan kept)')",
                    new Page.WaitForSelectorOptions().setTimeout(30_000));
        }
    }

    /** The score table's rows, by their sequence number, as the page shows them now. */
    private static List<String> seqs(Page page) {
        return page.locator("#score-history tbody tr").all().stream()
                .map(row -> row.getAttribute("data-seq"))
                .toList();
    }

    @Test
    void stoppingKeepsTheBestPlanSoFar() throws Exception {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        UUID run = OptimisationRuns.start(manager, OptimisationRuns.allocation("ICS:" + ics, modality, 120));
        awaitProgress(run);
        String page = manager.get("/optimisation/runs/" + run).body();
        assertThat(page).contains("Stop and keep the best plan so far").contains("refresh it");

        HttpResponse<String> stopped = manager.submit("/optimisation/runs/" + run + "/stop", Map.of());

        assertThat(stopped.statusCode()).isEqualTo(303);
        assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofSeconds(20), "STOPPED"))
                .isEqualTo("STOPPED");
        assertThat(manager.get("/optimisation/runs/" + run).body())
                .contains("Stopped (best plan kept)")
                .contains("/optimisation/runs/" + run + "/explanation");
    }

    @Test
    void explainsComparesAndPublishesOnceWithAnAuditRecord() throws Exception {
        DemoStaff.Member member = console.staff().at(Role.SERVICE_MANAGER, ics);
        StaffClient manager = console.signIn(member);
        UUID first = OptimisationRuns.start(manager, OptimisationRuns.allocation("ICS:" + ics, modality, 2));
        UUID second = OptimisationRuns.start(manager, OptimisationRuns.allocation("ICS:" + ics, modality, 3));
        assertThat(OptimisationRuns.awaitState(jdbi, first, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");
        assertThat(OptimisationRuns.awaitState(jdbi, second, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");
        assertThat(manager.get("/optimisation/runs/" + first).body())
                .as("the course of the score says when the run levelled the sites' waits")
                .contains("<td class=\"nhsuk-table__cell console-step\">Solving</td>")
                .contains("<td class=\"nhsuk-table__cell console-step\">Levelling the sites&#39; waits</td>");

        HttpResponse<String> explanation = manager.get("/optimisation/runs/" + first + "/explanation");
        assertThat(explanation.statusCode()).isEqualTo(200);
        assertThat(explanation.body())
                .contains("Every rule that must hold is kept")
                .contains("Weighted wait")
                .contains("Six-week breaches and why");
        assertThat(audited("OPTIMISATION_EXPLANATION_SHOWN", member, first)).isEqualTo(1);

        HttpResponse<String> compared = manager.get("/optimisation/compare?first=" + first + "&second=" + second);
        assertThat(compared.statusCode()).isEqualTo(200);
        assertThat(compared.body())
                .contains("Six-week breaches")
                .contains("Waits by site")
                .contains("Waits by trust");

        manager.get("/optimisation/runs/" + first);
        HttpResponse<String> published =
                manager.submit("/optimisation/runs/" + first + "/publish", Map.of("confirm", "yes"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        long proposals = count("select count(*) from optimisation_proposal where run_id = '" + first + "'");
        long offers = count("select count(*) from offer where source = 'optimisation run " + first + "'");
        assertThat(proposals).isPositive();
        // Patients holding an offer from an earlier test's run are skipped, and counted, not offered twice.
        String detail = jdbi.withHandle(
                h -> h.createQuery("select detail from audit_log where action = :action and detail like :run")
                        .bind("action", PublishController.AUDIT_ACTION)
                        .bind("run", "run " + first + "%")
                        .mapTo(String.class)
                        .one());
        Matcher counted = Pattern.compile(
                        "(\\d+) offers sent; (\\d+) patients no longer waiting and (\\d+) slots no longer free")
                .matcher(detail);
        assertThat(counted.find()).as(detail).isTrue();
        assertThat(Long.parseLong(counted.group(1))).isEqualTo(offers);
        assertThat(offers + Long.parseLong(counted.group(2)) + Long.parseLong(counted.group(3)))
                .as("every proposal offered or skipped")
                .isEqualTo(proposals);
        assertThat(manager.get("/optimisation/runs/" + first).body())
                .contains(offers + " offers sent to patients; 0 accepted so far.");
        assertThat(audited(PublishController.AUDIT_ACTION, member, first)).isEqualTo(1);

        HttpResponse<String> again =
                manager.submit("/optimisation/runs/" + first + "/publish", Map.of("confirm", "yes"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("This run has already been published");
        assertThat(count("select count(*) from offer where source = 'optimisation run " + first + "'"))
                .isEqualTo(offers);
        assertThat(audited(PublishController.AUDIT_ACTION, member, first)).isEqualTo(1);
    }

    @Test
    void aDiaryRunSaysWhatLimitsItWithTheFiguresPerModality() throws Exception {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        UUID run = OptimisationRuns.start(manager, OptimisationRuns.diary("ICS:" + ics, modality, 2));
        assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");

        String page = manager.get("/optimisation/runs/" + run).body();

        assertThat(page)
                .contains("What limits this diary")
                .contains(ics + " "
                        + org.imagingnetwork.core.network.Modality.valueOf(modality)
                                .displayName())
                .contains("Staff trained in "
                        + org.imagingnetwork.core.network.Modality.valueOf(modality)
                                .displayName())
                .containsPattern("[\\d,]+ h run of [\\d,]+ h");
        assertThat(manager.get("/optimisation/runs/" + run + "/explanation").body())
                .as("breach reasons are an allocation's")
                .doesNotContain("Six-week breaches and why");
    }

    @Test
    void aRunWhoseWaitingListMovedIsPublishedOnlyWhenConfirmed() throws Exception {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        UUID run = OptimisationRuns.start(manager, OptimisationRuns.allocation("ICS:" + ics, modality, 2));
        assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");
        jdbi.useHandle(h ->
                h.createUpdate("""
                        insert into request_event (request_id, occurred_at, actor, from_state, to_state, reason)
                        select q.id, now(), 'test', 'VETTED', 'WAITING', 'vetted after the run started'
                        from request q join exam e on e.code = q.exam_code join trust t on t.ods_code = q.referring_trust
                        where q.state = 'WAITING' and t.ics_code = :ics and e.modality = :modality
                        order by q.id limit 1""").bind("ics", ics).bind("modality", modality).execute());

        String page = manager.get("/optimisation/runs/" + run).body();
        assertThat(page)
                .contains("The waiting list or the diary has moved")
                .contains("id=\"stale-requests\"")
                .contains("Publish it anyway");
        HttpResponse<String> unconfirmed = manager.submit("/optimisation/runs/" + run + "/publish", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("href=\"#confirm\"");
        assertThat(OptimisationRuns.state(jdbi, run)).isEqualTo("SOLVED");

        HttpResponse<String> confirmed =
                manager.submit("/optimisation/runs/" + run + "/publish", Map.of("confirm", "yes"));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(OptimisationRuns.state(jdbi, run)).isEqualTo("PUBLISHED");
    }

    @Test
    void aRunWhoseDiaryMovedIsMarkedOutOfDateAndPublishedOnlyWhenConfirmed() throws Exception {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        Map<String, String> form = OptimisationRuns.diary("ICS:" + ics, modality, 2);
        UUID run = OptimisationRuns.start(manager, form);
        assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");
        assertThat(manager.get("/optimisation/runs/" + run).body())
                .as("nothing in the diary moved yet")
                .doesNotContain("id=\"stale-diary\"");

        LocalDate first = LocalDate.parse(form.get("firstDay"));
        Map<String, Object> session = jdbi.withHandle(h -> h.createQuery("""
                        select se.id, s.trust_ods_code as trust,
                               (select count(*) from slot sl where sl.session_id = se.id) as slots
                        from session se join room r on r.id = se.room_id join site s on s.ods_code = r.site_ods_code
                        join trust t on t.ods_code = s.trust_ods_code
                        where t.ics_code = :ics and r.modality = :modality and se.status = 'RELEASED'
                          and se.clinic_date between :first and :last
                        order by (select count(*) from slot sl where sl.session_id = se.id and sl.status <> 'FREE'),
                                 se.starts_at
                        limit 1
                        """)
                .bind("ics", ics)
                .bind("modality", modality)
                .bind("first", first)
                .bind("last", first.plusDays(6))
                .mapToMap()
                .one());
        StaffClient diaryManager =
                console.signIn(console.staff().at(Role.DIARY_MANAGER, (String) session.get("trust")));
        diaryManager.get("/diary/sessions/" + session.get("id") + "/block");
        assertThat(diaryManager
                        .submit(
                                "/diary/sessions/" + session.get("id") + "/block",
                                Map.of("reasonKind", "EQUIPMENT_FAULT", "reason", "Coil fault"))
                        .statusCode())
                .isEqualTo(303);

        String page = manager.get("/optimisation/runs/" + run).body();
        assertThat(page)
                .contains("id=\"run-stale\"")
                .contains("The waiting list or the diary has moved")
                .contains("Since this run started, " + session.get("slots")
                        + " slots in its rooms and days were blocked, opened again or added in the diary")
                .contains("a session staff blocked stays blocked");
        HttpResponse<String> unconfirmed = manager.submit("/optimisation/runs/" + run + "/publish", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("href=\"#confirm\"");
        assertThat(OptimisationRuns.state(jdbi, run)).isEqualTo("SOLVED");

        HttpResponse<String> confirmed =
                manager.submit("/optimisation/runs/" + run + "/publish", Map.of("confirm", "yes"));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(OptimisationRuns.state(jdbi, run)).isEqualTo("PUBLISHED");
        String reason = jdbi.withHandle(h -> h.createQuery(
                        "select reason from audit_log where action = 'OPTIMISATION_PUBLISHED' and detail like :run")
                .bind("run", "%run " + run + "%")
                .mapTo(String.class)
                .one());
        assertThat(reason).contains(session.get("slots") + " diary slot changes and");
    }

    @Test
    void aDiaryRunPublishedAndAStaffAbsenceSinceARunStartedMakeItOutOfDate() throws Exception {
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        Map<String, String> form = OptimisationRuns.diary("ICS:" + ics, modality, 2);
        UUID published = OptimisationRuns.start(manager, form);
        UUID later = OptimisationRuns.start(manager, form);
        assertThat(OptimisationRuns.awaitState(jdbi, later, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");
        assertThat(OptimisationRuns.awaitState(jdbi, published, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");
        String before = manager.get("/optimisation/runs/" + later).body();
        assertThat(before).doesNotContain("id=\"stale-diary\"").doesNotContain("id=\"stale-absences\"");

        manager.get("/optimisation/runs/" + published);
        assertThat(manager.submit("/optimisation/runs/" + published + "/publish", Map.of("confirm", "yes"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(manager.get("/optimisation/runs/" + later).body())
                .as("the sessions and slots the other run wrote are a diary change this run missed")
                .contains("id=\"stale-diary\"")
                .contains("(by staff or a published diary run)")
                .doesNotContain("id=\"stale-absences\"");

        LocalDate first = LocalDate.parse(form.get("firstDay"));
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into staff_absence (staff_id, first_day, last_day, kind, created_by, created_at)
                        select st.id, :day, :day, 'SICKNESS', 'staff:diary-manager', now()
                        from staff st join trust t on t.ods_code = st.trust_ods_code
                        where t.ics_code = :ics and :modality = any(st.skills)
                        order by st.id limit 1
                        """)
                .bind("day", first)
                .bind("ics", ics)
                .bind("modality", modality)
                .execute());
        assertThat(manager.get("/optimisation/runs/" + later).body())
                .contains("id=\"stale-absences\"")
                .contains("Since this run started, 1 staff absences on its days were recorded or withdrawn.");
    }

    @Test
    void requestEventsDatedAfterNowAreNotChangesSinceARunStarted() {
        List<String> trusts = jdbi.withHandle(h -> h.createQuery("select ods_code from trust where ics_code = :ics")
                .bind("ics", ics)
                .mapTo(String.class)
                .list());
        Optional<Modality> scanned = Optional.of(Modality.valueOf(modality));
        Instant now = Instant.now();
        long dated = jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from request_event ev join request q on q.id = ev.request_id
                        join exam e on e.code = q.exam_code
                        where ev.occurred_at > now() and q.referring_trust = any(:trusts) and e.modality = :modality
                        """)
                .bind("trusts", trusts.toArray(String[]::new))
                .bind("modality", modality)
                .mapTo(Long.class)
                .one());
        assertThat(dated)
                .as("the demo network's history runs to its first Monday, after today")
                .isPositive();
        OptimisationQueries queries = console.context().getBean(OptimisationQueries.class);

        assertThat(queries.requestChangesSince(now, now, trusts, scanned)).isZero();
        assertThat(queries.requestChangesSince(now, now.plus(Duration.ofDays(60)), trusts, scanned))
                .isPositive();
    }

    @Test
    void aManagerOfOneIcsCannotStartSeeStopOrPublishARunOutsideIt() throws Exception {
        String otherIcs = jdbi.withHandle(h -> h.createQuery("select ics_code from trust where ods_code = :t")
                .bind("t", console.staff().trustB())
                .mapTo(String.class)
                .one());
        StaffClient network = console.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));
        UUID outside = OptimisationRuns.start(
                network,
                OptimisationRuns.allocation("ICS:" + otherIcs, OptimisationRuns.busiestModality(jdbi, otherIcs), 2));
        assertThat(OptimisationRuns.awaitState(jdbi, outside, Duration.ofSeconds(60), "SOLVED"))
                .isEqualTo("SOLVED");

        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        assertThat(manager.get("/optimisation").body()).doesNotContain(outside.toString());
        for (String path : List.of("", "/events", "/explanation")) {
            assertThat(manager.get("/optimisation/runs/" + outside + path).statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(manager.get("/optimisation/compare?first=" + outside).statusCode())
                .isEqualTo(404);
        manager.get("/optimisation/new");
        assertThat(manager.submit("/optimisation/runs/" + outside + "/stop", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(manager.submit("/optimisation/runs/" + outside + "/publish", Map.of("confirm", "yes"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(OptimisationRuns.state(jdbi, outside)).isEqualTo("SOLVED");
        HttpResponse<String> start =
                manager.submit("/optimisation/runs", OptimisationRuns.allocation("ICS:" + otherIcs, modality, 2));
        assertThat(start.statusCode()).isEqualTo(400);
        assertThat(start.body()).contains("href=\"#scope\"");
    }

    /** Reads the server-sent events of a stream until the server ends it; returns each event's data. */
    private static List<String> stream(ConsoleServer server, StaffClient client, String path, Consumer<String> onEvent)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header(
                        "Cookie",
                        client.cookies().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("; ")))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(90))
                .GET()
                .build();
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        List<String> data = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            lines.filter(line -> line.startsWith("data:")).forEach(line -> {
                String event = line.substring(5).strip();
                onEvent.accept(event);
                data.add(event);
            });
        }
        return data;
    }

    private static void awaitProgress(UUID run) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count("select count(*) from optimisation_progress where run_id = '" + run + "'") == 0
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(count("select count(*) from optimisation_progress where run_id = '" + run + "'"))
                .isPositive();
    }

    private static long audited(String action, DemoStaff.Member member, UUID run) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from audit_log where action = :action and actor = :actor
                          and actor_role = 'SERVICE_MANAGER' and detail like :detail""")
                .bind("action", action)
                .bind("actor", "staff:" + member.userId())
                .bind("detail", "run " + run + "%")
                .mapTo(Long.class)
                .one());
    }

    private static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
