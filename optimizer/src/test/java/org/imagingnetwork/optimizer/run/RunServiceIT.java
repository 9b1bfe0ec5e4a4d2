package org.imagingnetwork.optimizer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.CLOCK;
import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.MONDAY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.jdbc.JdbiDiaryReader;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiOfferBook;
import org.imagingnetwork.core.jdbc.JdbiPatientDirectory;
import org.imagingnetwork.core.jdbc.JdbiWaitingList;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.optimizer.allocation.PlanFigures;
import org.imagingnetwork.optimizer.allocation.PostcodeAreaLocator;
import org.imagingnetwork.optimizer.explain.ScoreReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A manager's allocation run end to end on a small network in PostgreSQL: start, solve, follow, explain, compare, publish. */
class RunServiceIT {

    private static Solvers solvers;
    private static RunService service;
    private static RunWorker worker;
    private static ProgressHub hub;
    private static Database database;

    @BeforeAll
    static void wire() {
        database = OptimizerDatabase.get();
        SmallNetworkFixture.load(database.jdbi());
        var jdbi = database.jdbi();
        JdbiNetworkDirectory network = new JdbiNetworkDirectory(jdbi);
        PlanningData data = new PlanningData(
                network,
                new JdbiExamCatalogue(jdbi),
                new JdbiDiaryReader(jdbi),
                new JdbiWaitingList(jdbi),
                new JdbiPatientDirectory(jdbi),
                new JdbiAuditLog(jdbi, CLOCK),
                AllocationPolicy.standard(),
                PostcodeAreaLocator::new,
                CLOCK);
        solvers = Solvers.create();
        hub = new ProgressHub();
        RunStore store = new RunStore(jdbi);
        service = new RunService(store, data, solvers, new JdbiOfferBook(jdbi), network, hub, CLOCK);
        worker = new RunWorker("instance-it", store, data, solvers, hub, CLOCK, Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        worker.close();
        solvers.close();
    }

    @Test
    void startsSolvesExplainsComparesAndPublishesAnAllocationRun() throws Exception {
        StartOutcome started = service.start(new RunRequest(
                "allocation", "ics", "YQ1", "MR", MONDAY, MONDAY.plusDays(4), 4, false, "staff:manager"));
        assertThat(started).isInstanceOf(StartOutcome.Queued.class);
        RunId id = ((StartOutcome.Queued) started).run();
        List<ScorePoint> live = Collections.synchronizedList(new ArrayList<>());
        try (AutoCloseable listening = service.listen(id, live::add)) {
            while (worker.pollOnce()) {
                // Solve everything queued, this run included.
            }
        }

        Run run = service.run(id).orElseThrow();
        assertThat(run.state()).isEqualTo(RunState.SOLVED);
        assertThat(run.claimedBy()).contains("instance-it");
        assertThat(run.bestScore()).isPresent();
        assertThat(live).as("live progress on this instance").isNotEmpty();
        assertThat(service.progress(id))
                .as("stored progress for other instances")
                .isNotEmpty();

        FiguresComparison figures = service.figures(id).orElseThrow();
        PlanFigures before = figures.before();
        PlanFigures after = figures.after();
        assertThat(before.proposals()).isZero();
        assertThat(before.unplaced()).isEqualTo(SmallNetworkFixture.WAITING);
        assertThat(after.feasible()).isTrue();
        assertThat(after.proposals())
                .as("59 free slots for 45 patients: everyone gets one")
                .isEqualTo(SmallNetworkFixture.WAITING);
        assertThat(after.sixWeekBreaches()).isLessThan(before.sixWeekBreaches());
        assertThat(after.meanWaitBySite())
                .containsOnlyKeys("Busy General Hospital", "Quiet Community Diagnostic Centre");

        ScoreReport report = service.analysis(id).orElseThrow();
        assertThat(report.feasible()).isTrue();
        assertThat(report.mustRulesBroken()).isEmpty();
        assertThat(report.text(3)).contains("Goal: Weighted wait");

        PublishOutcome published = service.publish(id, "staff:manager");
        assertThat(published).isEqualTo(new PublishOutcome.Published(SmallNetworkFixture.WAITING, 0, 0));
        assertThat(service.run(id).orElseThrow().state()).isEqualTo(RunState.PUBLISHED);
        assertThat(service.publish(id, "staff:manager"))
                .isEqualTo(new PublishOutcome.NotPublishable("This run has already been published"));
        long offers = database.jdbi()
                .withHandle(h -> h.createQuery("select count(*) from offer where source = :source")
                        .bind("source", "optimisation run " + id)
                        .mapTo(Long.class)
                        .one());
        assertThat(offers).isEqualTo(SmallNetworkFixture.WAITING);
        long audited = database.jdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from audit_log where action = :action and detail like :detail")
                        .bind("action", PlanningData.AUDIT_ACTION)
                        .bind("detail", "run " + id + "%")
                        .mapTo(Long.class)
                        .one());
        assertThat(audited).as("reading the patients for the run is audited").isPositive();
    }

    @Test
    void buildsADiaryForAnIcsAndExplainsIt() throws Exception {
        RunId id = ((StartOutcome.Queued) service.start(new RunRequest(
                        "diary", "ics", "YQ1", null, MONDAY, MONDAY.plusDays(1), 3, false, "staff:manager")))
                .run();
        while (worker.pollOnce()) {
            // Solve everything queued, this run included.
        }
        Run run = service.run(id).orElseThrow();
        assertThat(run.state()).isEqualTo(RunState.SOLVED);
        var sessions = new RunStore(database.jdbi()).plannedSessions(id);
        assertThat(sessions)
                .as("the booked Monday session at least keeps running")
                .isNotEmpty();
        assertThat(sessions).allMatch(session -> session.roomId().startsWith("YT"));
        ScoreReport report = service.analysis(id).orElseThrow();
        assertThat(report.text(5)).isNotBlank();
        assertThat(service.publish(id, "staff:manager")).isInstanceOf(PublishOutcome.NotPublishable.class);
    }

    @Test
    void refusesABadRequestNamingEachFieldAndQueuesNothing() {
        long runsBefore = countRuns();
        StartOutcome outcome = service.start(new RunRequest(
                "reshuffle", "trust", "NOPE1", "PET", MONDAY.minusWeeks(2), MONDAY.minusWeeks(3), 0, false, " "));
        assertThat(outcome).isInstanceOf(StartOutcome.Invalid.class);
        assertThat(((StartOutcome.Invalid) outcome).errors())
                .extracting(FieldError::field)
                .containsExactly("kind", "scopeCode", "modality", "firstDay", "lastDay", "secondsLimit", "requestedBy");
        assertThat(countRuns()).isEqualTo(runsBefore);
    }

    @Test
    void stoppingAQueuedRunStopsItBeforeAnyInstanceTakesIt() {
        RunId id = ((StartOutcome.Queued) service.start(
                        new RunRequest("diary", "network", null, null, MONDAY, MONDAY, 2, false, "staff:manager")))
                .run();
        service.stop(id);
        assertThat(service.run(id).orElseThrow().state()).isEqualTo(RunState.STOPPED);
        assertThat(service.publish(id, "staff:manager")).isInstanceOf(PublishOutcome.NotPublishable.class);
    }

    @Test
    void stoppingASolvingRunWindsItDownAndKeepsItsBestPlan() throws Exception {
        // Ten minutes, far longer than this small network needs: only the stop can end it soon.
        RunId id = ((StartOutcome.Queued) service.start(new RunRequest(
                        "allocation", "ics", "YQ1", "MR", MONDAY, MONDAY.plusDays(4), 600, false, "staff:manager")))
                .run();
        CountDownLatch improving = new CountDownLatch(1);
        long started = System.nanoTime();
        Thread solving;
        try (AutoCloseable listening = service.listen(id, point -> improving.countDown())) {
            solving = new Thread(() -> {
                try {
                    while (worker.pollOnce()) {
                        // Solve everything queued, this run included.
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            solving.start();
            assertThat(improving.await(60, TimeUnit.SECONDS))
                    .as("the run is solving")
                    .isTrue();
            assertThat(service.run(id).orElseThrow().state()).isEqualTo(RunState.SOLVING);
            service.stop(id);
            solving.join(Duration.ofSeconds(60).toMillis());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(solving.isAlive()).as("the worker has finished").isFalse();
        assertThat(took).as("stopped long before its ten-minute limit").isLessThan(Duration.ofMinutes(2));
        Run run = service.run(id).orElseThrow();
        assertThat(run.state()).isEqualTo(RunState.STOPPED);
        assertThat(run.bestScore()).isPresent();
        assertThat(service.figures(id).orElseThrow().after().feasible()).isTrue();
        assertThat(service.figures(id).orElseThrow().after().proposals()).isPositive();
    }

    private static long countRuns() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("select count(*) from optimisation_run")
                        .mapTo(Long.class)
                        .one());
    }
}
