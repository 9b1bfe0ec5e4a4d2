package org.imagingnetwork.optimizer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.CLOCK;
import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.MONDAY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.imagingnetwork.core.diary.DiaryPublication;
import org.imagingnetwork.core.diary.SessionPlan;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.JdbiDiaryPublisher;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.allocation.PlanFigures;
import org.imagingnetwork.optimizer.diary.CapacityLimit;
import org.imagingnetwork.optimizer.explain.Breach;
import org.imagingnetwork.optimizer.explain.ScoreReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A manager's allocation run end to end on a small network in PostgreSQL: start, solve, follow, explain, compare, publish. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunServiceIT {

    private static RunWiring wiring;
    private static RunService service;
    private static RunWorker worker;
    private static Database database;

    @BeforeAll
    static void wire() {
        database = OptimizerDatabase.get();
        SmallNetworkFixture.load(database.jdbi());
        wiring = RunWiring.on(database.jdbi(), "instance-it");
        service = wiring.service();
        worker = wiring.worker();
    }

    @AfterAll
    static void close() {
        wiring.close();
    }

    @Test
    void startsSolvesExplainsComparesAndPublishesAnAllocationRun() throws Exception {
        while (worker.pollOnce()) {
            // Nothing else queued, so the next claim is this run's.
        }
        StartOutcome started = service.start(new RunRequest(
                "allocation", "ics", "YQ1", "MR", MONDAY, MONDAY.plusDays(4), 4, false, "staff:manager"));
        assertThat(started).isInstanceOf(StartOutcome.Queued.class);
        RunId id = ((StartOutcome.Queued) started).run();
        List<ScorePoint> live = Collections.synchronizedList(new ArrayList<>());
        long solving = System.nanoTime();
        try (AutoCloseable listening = service.listen(id, live::add)) {
            assertThat(worker.pollOnce()).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - solving))
                .as("claimed, read, solved, levelled and stored within a second of its 4-second limit")
                .isLessThanOrEqualTo(Duration.ofSeconds(5));
        while (worker.pollOnce()) {
            // Solve anything else queued.
        }

        Run run = service.run(id).orElseThrow();
        assertThat(run.state()).isEqualTo(RunState.SOLVED);
        assertThat(run.claimedBy()).contains("instance-it");
        assertThat(run.bestScore()).isPresent();
        assertThat(live).as("live progress on this instance").isNotEmpty();
        assertThat(service.progress(id))
                .as("stored progress for other instances")
                .isNotEmpty();
        assertThat(service.progress(id))
                .extracting(ScorePoint::phase)
                .as("the progress says when the run levels the sites' waits, and ends there")
                .contains(SolvePhase.SOLVING)
                .endsWith(SolvePhase.LEVELLING);
        assertThat(service.progress(id).get(service.progress(id).size() - 1).score())
                .as("the course ends at the merged plan's own score")
                .isEqualTo(run.bestScore().orElseThrow());

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

        long readsBefore = patientReads(id);
        Explanation explanation = service.explanation(id).orElseThrow();
        assertThat(patientReads(id) - readsBefore)
                .as("the records are read and the problem built once for the score and the breaches")
                .isEqualTo(1);
        ScoreReport report = explanation.report();
        assertThat(report.feasible()).isTrue();
        assertThat(report.mustRulesBroken()).isEmpty();
        assertThat(report.text(3)).contains("Goal: Weighted wait");
        assertThat(service.limits(id)).as("only a diary has limits to show").isEmpty();
        List<Breach> breaches = explanation.breaches().orElseThrow();
        assertThat(breaches)
                .as("judged with the run's proposals, which placed everyone")
                .hasSizeLessThanOrEqualTo(after.sixWeekBreaches())
                .allMatch(breach -> new RunStore(database.jdbi()).proposals(id).containsKey(breach.request()));

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
        assertThat(patientReads(id))
                .as("reading the patients for the run is audited")
                .isPositive();
    }

    /** How many times the run's patients have been read (each read of the records to build its problem is audited). */
    private static long patientReads(RunId id) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from audit_log where action = :action and detail like :detail")
                        .bind("action", PlanningData.AUDIT_ACTION)
                        .bind("detail", "run " + id + " %")
                        .mapTo(Long.class)
                        .one());
    }

    /** Last: publishing rewrites the shared fixture's diary, which the allocation tests count free slots in. */
    @Test
    @Order(Integer.MAX_VALUE)
    void buildsExplainsAndPublishesADiaryKeepingTheBookedSlot() throws Exception {
        BookedSlot bookedBefore = bookedSlot();
        RunId id = ((StartOutcome.Queued) service.start(new RunRequest(
                        "diary", "ics", "YQ1", null, MONDAY, MONDAY.plusDays(1), 3, false, "staff:manager")))
                .run();
        while (worker.pollOnce()) {
            // Solve everything queued, this run included.
        }
        Run run = service.run(id).orElseThrow();
        assertThat(run.state()).isEqualTo(RunState.SOLVED);
        RunStore store = new RunStore(database.jdbi());
        var sessions = store.plannedSessions(id);
        assertThat(sessions)
                .as("the booked Monday session at least keeps running")
                .isNotEmpty();
        assertThat(sessions).allMatch(session -> session.roomId().startsWith("YT"));
        Explanation explanation = service.explanation(id).orElseThrow();
        assertThat(explanation.breaches()).as("breaches are an allocation's").isEmpty();
        ScoreReport report = explanation.report();
        assertThat(report.text(5)).isNotBlank();
        List<CapacityLimit> limits = service.limits(id).orElseThrow();
        assertThat(limits).isNotEmpty().allMatch(limit -> limit.locality().equals("YQ1"));
        assertThat(limits.stream().mapToLong(CapacityLimit::runMinutes).sum())
                .as("the limits count the room time the planned sessions run")
                .isEqualTo(sessions.stream()
                        .mapToLong(s -> java.time.Duration.between(s.startsAt(), s.endsAt())
                                .toMinutes())
                        .sum());
        assertThat(limits).allMatch(limit -> limit.runMinutes() <= limit.roomMinutes());

        PublishOutcome published = service.publish(id, "staff:manager");

        assertThat(published).isInstanceOf(PublishOutcome.DiaryPublished.class);
        DiaryPublication written = ((PublishOutcome.DiaryPublished) published).diary();
        assertThat(written.sessionsUpdated() + written.sessionsAdded()).isEqualTo(sessions.size());
        assertThat(written.keptForBookings())
                .as("the booked session keeps its slots")
                .isEqualTo(1);
        assertThat(service.run(id).orElseThrow().state()).isEqualTo(RunState.PUBLISHED);
        assertThat(publishedBy(id)).isEqualTo("staff:manager");
        assertThat(bookedSlot()).as("the booked slot is untouched").isEqualTo(bookedBefore);
        for (var session : sessions) {
            assertThat(diaryRow(session.roomId(), session.startsAt()))
                    .as("%s in the diary", session)
                    .isEqualTo(new DiaryRow(
                            session.sessionType(),
                            session.staffIds().stream().sorted().toList(),
                            "RELEASED"));
        }
        assertThat(freeSlotsOfPlannedSessions(id))
                .as("every planned session has slots to book")
                .isPositive();
        assertThat(slotOutboxRows("FREE"))
                .as("a SLOT_STATUS outbox row for the trust's RIS per slot the publication cut")
                .isEqualTo(written.slotsCut());
        assertThat(slotOutboxRows("BLOCKED"))
                .isEqualTo(written.rooms().stream()
                        .mapToLong(room -> room.blocked().size())
                        .sum());
        Set<String> announcedRooms = new java.util.TreeSet<>();
        wiring.announced().opened.forEach(event -> announcedRooms.add(event.room()));
        wiring.announced().blocked.forEach(event -> announcedRooms.add(event.room()));
        assertThat(announcedRooms)
                .as("every room the publication changed is announced on the slot-change channel")
                .containsAll(sessions.stream().map(SessionPlan::roomId).toList());
        assertThat(wiring.announced().opened.stream()
                        .mapToLong(event -> event.slots().size())
                        .sum())
                .as("every free slot of a planned session without patients, new or re-listed")
                .isEqualTo(freeSlotsOfPlannedSessions(id) - freeSlotsOfBookedSessions(id));
        long slotsAfterFirst = slotCount();

        assertThat(service.publish(id, "staff:manager"))
                .isEqualTo(new PublishOutcome.NotPublishable("This run has already been published"));
        DiaryPublication again = database.jdbi()
                .inTransaction(h -> new JdbiDiaryPublisher()
                        .publish(
                                h,
                                java.util.Set.of("YT1AA-MR1", "YT2CD-MR1"),
                                MONDAY,
                                MONDAY.plusDays(1),
                                sessions.stream()
                                        .map(s -> new SessionPlan(
                                                s.roomId(),
                                                s.clinicDate(),
                                                s.startsAt(),
                                                s.endsAt(),
                                                s.sessionType(),
                                                s.allowedExams(),
                                                s.staffIds()))
                                        .toList(),
                                CLOCK.instant()));
        assertThat(again.sessionsAdded())
                .as("the same plan again adds no session")
                .isZero();
        assertThat(again.slotsCut()).as("nor any slot").isZero();
        assertThat(slotCount()).isEqualTo(slotsAfterFirst);
        assertThat(bookedSlot()).isEqualTo(bookedBefore);
    }

    @Test
    void publishingADiaryWithdrawsWhatThePlanNoLongerRunsButNeverASessionWithPatientsBooked() {
        BookedSlot booked = bookedSlot();
        database.jdbi().useTransaction(h -> {
            long freeBefore = h.createQuery(
                            "select count(*) from slot where status = 'FREE' and room_id in ('YT1AA-MR1', 'YT2CD-MR1') and session_id <> :booked")
                    .bind("booked", booked.session())
                    .mapTo(Long.class)
                    .one();
            long rowsBefore = h.createQuery(
                            "select count(*) from outbox where change = 'SLOT_STATUS' and slot_status = 'BLOCKED'")
                    .mapTo(Long.class)
                    .one();
            DiaryPublication nothing = new JdbiDiaryPublisher()
                    .publish(
                            h,
                            java.util.Set.of("YT1AA-MR1", "YT2CD-MR1"),
                            MONDAY,
                            MONDAY.plusDays(4),
                            List.of(),
                            CLOCK.instant());
            long rowsAfter = h.createQuery(
                            "select count(*) from outbox where change = 'SLOT_STATUS' and slot_status = 'BLOCKED'")
                    .mapTo(Long.class)
                    .one();
            List<String> statuses = h.createQuery(
                            "select status from session where room_id in ('YT1AA-MR1', 'YT2CD-MR1') and id <> :booked")
                    .bind("booked", booked.session())
                    .mapTo(String.class)
                    .list();
            String bookedStatus = h.createQuery("select status from session where id = :id")
                    .bind("id", booked.session())
                    .mapTo(String.class)
                    .one();
            long freeSlots = h.createQuery(
                            "select count(*) from slot where status = 'FREE' and room_id in ('YT1AA-MR1', 'YT2CD-MR1') and session_id <> :booked")
                    .bind("booked", booked.session())
                    .mapTo(Long.class)
                    .one();
            h.rollback();

            assertThat(nothing.sessionsStopped()).isEqualTo(statuses.size());
            assertThat(statuses).isNotEmpty().containsOnly("DRAFT");
            assertThat(freeSlots).as("their free slots are blocked too").isZero();
            assertThat(freeBefore).isPositive();
            assertThat(rowsAfter - rowsBefore)
                    .as("each slot blocked has its SLOT_STATUS outbox row for the trust's RIS")
                    .isEqualTo(freeBefore);
            assertThat(nothing.rooms())
                    .as("both rooms to announce, each with its blocked slots")
                    .extracting(DiaryPublication.RoomSlots::room)
                    .containsExactly("YT1AA-MR1", "YT2CD-MR1");
            assertThat(nothing.rooms().stream()
                            .mapToLong(room -> room.blocked().size())
                            .sum())
                    .isEqualTo(freeBefore);
            assertThat(bookedStatus)
                    .as("a session with a patient booked is never blocked")
                    .isNotEqualTo("BLOCKED");
        });
        assertThat(bookedSlot()).isEqualTo(booked);
    }

    @Test
    void aSessionOnePlanStopsTheNextCanRunAgainButAStaffClosureStaysClosed() {
        BookedSlot booked = bookedSlot();
        Set<String> rooms = Set.of("YT1AA-MR1", "YT2CD-MR1");
        JdbiDiaryPublisher publisher = new JdbiDiaryPublisher();
        database.jdbi().useTransaction(h -> {
            List<SessionPlan> everySession = h.createQuery("""
                            select room_id, clinic_date, starts_at, ends_at, session_type, allowed_exams from session
                            where room_id in ('YT1AA-MR1', 'YT2CD-MR1') and id <> :booked
                            """)
                    .bind("booked", booked.session())
                    .map((rs, ctx) -> new SessionPlan(
                            rs.getString("room_id"),
                            rs.getObject("clinic_date", java.time.LocalDate.class),
                            rs.getObject("starts_at", java.time.OffsetDateTime.class)
                                    .toInstant(),
                            rs.getObject("ends_at", java.time.OffsetDateTime.class)
                                    .toInstant(),
                            rs.getString("session_type"),
                            Arrays.stream((String[])
                                            rs.getArray("allowed_exams").getArray())
                                    .map(ExamCode::new)
                                    .collect(Collectors.toSet()),
                            Set.of()))
                    .list();
            long closed = h.createQuery("""
                            select min(id) from session
                            where room_id in ('YT1AA-MR1', 'YT2CD-MR1') and id <> :booked
                            """)
                    .bind("booked", booked.session())
                    .mapTo(Long.class)
                    .one();
            // Staff close one session: the scanner is out of use that morning.
            h.execute("update session set status = 'BLOCKED' where id = ?", closed);
            h.execute("update slot set status = 'BLOCKED' where session_id = ? and status = 'FREE'", closed);

            publisher.publish(h, rooms, MONDAY, MONDAY.plusDays(4), List.of(), CLOCK.instant());
            DiaryPublication again =
                    publisher.publish(h, rooms, MONDAY, MONDAY.plusDays(4), everySession, CLOCK.instant());

            List<String> reopened = h.createQuery("""
                            select distinct se.status || '/' || s.status from session se join slot s on s.session_id = se.id
                            where se.room_id in ('YT1AA-MR1', 'YT2CD-MR1') and se.id not in (:booked, :closed)
                            """)
                    .bind("booked", booked.session())
                    .bind("closed", closed)
                    .mapTo(String.class)
                    .list();
            List<String> stillClosed = h.createQuery("""
                            select distinct se.status || '/' || s.status from session se join slot s on s.session_id = se.id
                            where se.id = :closed
                            """)
                    .bind("closed", closed)
                    .mapTo(String.class)
                    .list();
            h.rollback();

            assertThat(reopened).as("released again, with their slots free").containsOnly("RELEASED/FREE");
            assertThat(stillClosed)
                    .as("a plan does not reopen what staff closed")
                    .containsOnly("BLOCKED/BLOCKED");
            assertThat(again.skipped()).isEqualTo(1);
        });
        assertThat(bookedSlot()).isEqualTo(booked);
    }

    private record BookedSlot(long slot, long session, String startsAt, String status, String sessionType) {}

    private record DiaryRow(String sessionType, List<String> staff, String status) {}

    private static BookedSlot bookedSlot() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("""
                        select s.id, s.session_id, s.starts_at::text as starts_at, s.status, se.session_type
                        from appointment a join slot s on s.id = a.slot_id join session se on se.id = s.session_id
                        where a.status = 'BOOKED' and s.room_id in ('YT1AA-MR1', 'YT2CD-MR1')
                        """)
                        .map((rs, ctx) -> new BookedSlot(
                                rs.getLong("id"),
                                rs.getLong("session_id"),
                                rs.getString("starts_at"),
                                rs.getString("status"),
                                rs.getString("session_type")))
                        .one());
    }

    private static DiaryRow diaryRow(String room, java.time.Instant startsAt) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("""
                        select se.session_type, se.status,
                               coalesce((select array_agg(st.staff_id order by st.staff_id) from session_staff st where st.session_id = se.id), '{}') as staff
                        from session se where se.room_id = :room and se.starts_at = :start
                        """)
                        .bind("room", room)
                        .bind("start", java.time.OffsetDateTime.ofInstant(startsAt, java.time.ZoneOffset.UTC))
                        .map((rs, ctx) -> new DiaryRow(
                                rs.getString("session_type"),
                                List.of((String[]) rs.getArray("staff").getArray()),
                                rs.getString("status")))
                        .one());
    }

    /** SLOT_STATUS rows with this status written at the fixture's moment (the diary publication's). */
    private static long slotOutboxRows(String status) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("""
                        select count(*) from outbox where change = 'SLOT_STATUS' and slot_status = :status and created_at = :at
                          and slot_id in (select id from slot where room_id like 'YT%')
                        """)
                        .bind("status", status)
                        .bind("at", java.time.OffsetDateTime.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC))
                        .mapTo(Long.class)
                        .one());
    }

    private static long freeSlotsOfBookedSessions(RunId id) {
        return freeSlotsOfPlannedSessions(id, """
                and exists (select 1 from slot b join appointment a on a.slot_id = b.id
                            where b.session_id = se.id and a.status = 'BOOKED')
                """);
    }

    private static long freeSlotsOfPlannedSessions(RunId id) {
        return freeSlotsOfPlannedSessions(id, "");
    }

    /** Free slots of the sessions the run planned, of those sessions the condition keeps. */
    private static long freeSlotsOfPlannedSessions(RunId id, String sessionCondition) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("""
                                select count(*) from optimisation_session o
                                join session se on se.room_id = o.room_id and se.starts_at = o.starts_at
                                join slot s on s.session_id = se.id and s.status = 'FREE'
                                where o.run_id = :id
                                """ + sessionCondition)
                        .bind("id", id.value())
                        .mapTo(Long.class)
                        .one());
    }

    private static String publishedBy(RunId id) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "select published_by from optimisation_run where id = :id and published_at is not null")
                        .bind("id", id.value())
                        .mapTo(String.class)
                        .one());
    }

    private static long slotCount() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("select count(*) from slot")
                        .mapTo(Long.class)
                        .one());
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
