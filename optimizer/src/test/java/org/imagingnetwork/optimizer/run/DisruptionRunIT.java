package org.imagingnetwork.optimizer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.CLOSING_DAY;
import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.CLOSING_ROOM;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.explain.ScoreReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A scanner down for a day: the re-plan run started, solved, explained and published through the run service. */
class DisruptionRunIT {

    private static Database database;
    private static RunWiring wiring;
    private static RunService service;

    @BeforeAll
    static void wire() {
        database = OptimizerDatabase.get();
        SmallNetworkFixture.loadClosingRoom(database.jdbi());
        wiring = RunWiring.on(database.jdbi(), "instance-disruption-it");
        service = wiring.service();
    }

    @AfterAll
    static void close() {
        wiring.close();
    }

    @Test
    void movesEveryPatientOfTheClosedRoomToTheTimeItProposesWithTheirRisWritesOnce() throws Exception {
        StartOutcome started = service.start(
                new DisruptionRequest("ics", "YQ9", CLOSING_ROOM, CLOSING_DAY, 1, 5, "Scanner fault", "staff:manager"));
        assertThat(started).isInstanceOf(StartOutcome.Queued.class);
        RunId id = ((StartOutcome.Queued) started).run();
        assertThat(service.run(id).orElseThrow().kind()).isEqualTo(RunKind.DISRUPTION);
        assertThat(service.closure(id).orElseThrow().reason()).isEqualTo("Scanner fault");

        wiring.solveQueued();

        Run run = service.run(id).orElseThrow();
        assertThat(run.state()).isEqualTo(RunState.SOLVED);
        List<ScorePoint> progress = service.progress(id);
        assertThat(progress).as("progress stored for any instance").isNotEmpty();
        assertThat(progress.get(progress.size() - 1).score())
                .as("the stored course ends at the run's best score")
                .isEqualTo(run.bestScore().orElseThrow());
        List<ProposedMove> moves = service.moves(id);
        assertThat(moves).as("the three patients booked that day").hasSize(3);
        Set<SlotId> given = new HashSet<>();
        for (ProposedMove move : moves) {
            SlotId slot = move.newSlot().orElseThrow(() -> new AssertionError(move.noSlotReason()));
            assertThat(given.add(slot)).as("one patient per slot").isTrue();
            assertThat(slotRoomAndDay(slot))
                    .as("not in the closed room that day")
                    .isNotEqualTo(CLOSING_ROOM + " " + CLOSING_DAY);
        }
        Explanation explanation = service.explanation(id).orElseThrow();
        assertThat(explanation.breaches()).as("breaches are an allocation's").isEmpty();
        ScoreReport report = explanation.report();
        assertThat(report.feasible()).isTrue();
        assertThat(report.mustRulesBroken()).isEmpty();

        PublishOutcome published = service.publish(id, "staff:manager");

        assertThat(published).isEqualTo(new PublishOutcome.Moved(3, 0, 0));
        assertThat(service.run(id).orElseThrow().state()).isEqualTo(RunState.PUBLISHED);
        for (ProposedMove move : service.moves(id)) {
            assertThat(move.movedAt()).isPresent();
            assertThat(liveSlotOf(move.request().value()))
                    .as("the patient's live appointment is in the proposed slot")
                    .isEqualTo(move.newSlot().orElseThrow().value());
            assertThat(outboxOf(move.request().value()))
                    .as("the trust's RIS hears of the move away, then of the new booking")
                    .containsExactly("MOVED_AWAY", "BOOKED");
            assertThat(bookedBy(move.request().value())).isEqualTo("staff:manager");
        }
        assertThat(service.publish(id, "staff:manager"))
                .isEqualTo(new PublishOutcome.NotPublishable("This run has already been published"));
        for (ProposedMove move : service.moves(id)) {
            assertThat(outboxOf(move.request().value()))
                    .as("publishing again moves nobody")
                    .hasSize(2);
        }
    }

    @Test
    void refusesARePlanWithNothingToPlanOrAFieldWrongNamingTheFieldAndQueuesNothing() {
        long before = runs();

        assertThat(errors(new DisruptionRequest(
                        "ics", "YQ9", CLOSING_ROOM, CLOSING_DAY.minusWeeks(2), 0, 5, " ", "staff:manager")))
                .extracting(FieldError::field)
                .containsExactly("firstDay", "days", "reason");
        assertThat(errors(new DisruptionRequest(
                        "ics", "YQ9", "YT1AA-MR1", CLOSING_DAY, 1, 5, "Scanner fault", "staff:manager")))
                .as("a room outside the part of the network chosen")
                .extracting(FieldError::field)
                .containsExactly("room");
        assertThat(errors(new DisruptionRequest(
                        "ics", "YQ9", CLOSING_ROOM, CLOSING_DAY, 29, 5, "Scanner fault", "staff:manager")))
                .extracting(FieldError::field)
                .containsExactly("days");
        List<FieldError> nobody = errors(new DisruptionRequest(
                "ics", "YQ9", CLOSING_ROOM, CLOSING_DAY.plusDays(1), 2, 5, "Scanner fault", "staff:manager"));
        assertThat(nobody).extracting(FieldError::field).containsExactly("firstDay");
        assertThat(nobody.get(0).message()).startsWith("Nobody is booked into room YT9AA-MR1");

        assertThat(runs()).isEqualTo(before);
    }

    private static List<FieldError> errors(DisruptionRequest request) {
        StartOutcome outcome = service.start(request);
        assertThat(outcome).isInstanceOf(StartOutcome.Invalid.class);
        return ((StartOutcome.Invalid) outcome).errors();
    }

    private static long runs() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("select count(*) from optimisation_run")
                        .mapTo(Long.class)
                        .one());
    }

    private static String slotRoomAndDay(SlotId slot) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("""
                                select s.room_id || ' ' || se.clinic_date from slot s join session se on se.id = s.session_id
                                where s.id = :id
                                """)
                        .bind("id", slot.value())
                        .mapTo(String.class)
                        .one());
    }

    private static long liveSlotOf(long request) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "select slot_id from appointment where request_id = :request and status = 'BOOKED'")
                        .bind("request", request)
                        .mapTo(Long.class)
                        .one());
    }

    private static String bookedBy(long request) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "select booked_by from appointment where request_id = :request and status = 'BOOKED'")
                        .bind("request", request)
                        .mapTo(String.class)
                        .one());
    }

    private static List<String> outboxOf(long request) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("""
                                select o.change from outbox o join appointment a on a.id = o.appointment_id
                                where a.request_id = :request order by o.id
                                """)
                        .bind("request", request)
                        .mapTo(String.class)
                        .list());
    }
}
