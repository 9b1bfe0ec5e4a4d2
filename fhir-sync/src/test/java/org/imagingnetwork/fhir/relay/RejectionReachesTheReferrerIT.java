package org.imagingnetwork.fhir.relay;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.CommandAudit;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestOutcome;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.simulator.RisSimulator;
import org.imagingnetwork.fhir.simulator.RisStore;
import org.imagingnetwork.fhir.support.OutboxDrain;
import org.imagingnetwork.fhir.support.PlatformFixture;
import org.imagingnetwork.fhir.support.SyncDatabase;
import org.imagingnetwork.fhir.support.SyncNetwork;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A referral a radiologist rejects reaches the referring trust's RIS through the relay as one
 * rejected Task with the reason, however often it is delivered: after an answer lost on the way
 * back, and when the delivered row is sent again.
 */
class RejectionReachesTheReferrerIT {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String TRUST = "ZJ1";
    private static final StaffActor RADIOLOGIST = new StaffActor("rad-test", "VETTING_RADIOLOGIST", new OdsCode("Y60"));

    private static RisSimulator simulator;
    private static Jdbi jdbi;
    private static RequestService requests;

    @BeforeAll
    static void start() {
        simulator = RisSimulator.start("127.0.0.1", 0, List.of(TRUST), FHIR, CLOCK);
        jdbi = SyncDatabase.get().jdbi();
        requests = PlatformFixture.requestService(jdbi, CLOCK);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void theReferrerGetsOneRejectedTaskWithTheReasonEvenWhenItIsDeliveredTwice() throws Exception {
        SyncNetwork network = SyncNetwork.create(jdbi, Map.of(TRUST, simulator.baseUrl(TRUST)), 1);
        RequestId request = network.receivedRequests(TRUST, 1).get(0);
        RisStore ris = simulator.store(TRUST);
        simulator.faults(TRUST).dropsAfterCommit(1.0);

        try (OutboxRelay relay = new OutboxRelay(jdbi, FHIR, RelayUnderFaultsIT.testSettings(), CLOCK)) {
            relay.start();
            RequestOutcome outcome = requests.reject(
                    new RequestCommand.Reject(request, "Ultrasound first, please", RADIOLOGIST.auditName()), audit());
            assertThat(outcome).isInstanceOf(RequestOutcome.Changed.class);

            awaitAttempts(request, 1);
            assertThat(tasks(ris, request))
                    .as("the RIS kept the Task though its answer was lost")
                    .hasSize(1);
            simulator.faults(TRUST).clear();
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(30), TRUST);

            Task task = onlyTask(ris, request);
            assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REJECTED);
            assertThat(task.getStatusReason().getText()).isEqualTo("Ultrasound first, please");
            assertThat(task.getFocus().getIdentifier().getSystem()).isEqualTo(FhirSystems.REQUEST);
            assertThat(task.getFocus().getIdentifier().getValue()).isEqualTo(request.toString());
            assertThat(task.getRequester().getIdentifier().getValue()).isEqualTo(TRUST);
            assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo("Y60");
            assertThat(ris.history("Task", task.getIdPart())).as("written once").hasSize(1);
            assertThat(rowStatus(request)).isEqualTo("DELIVERED");

            // A second delivery of the same row, as after a relay died before recording it.
            jdbi.useHandle(h -> h.execute(
                    "update outbox set status = 'PENDING', next_attempt_at = now() where request_id = ?",
                    request.value()));
            OutboxDrain.awaitEmptyOutbox(jdbi, Duration.ofSeconds(30), TRUST);

            Task again = onlyTask(ris, request);
            assertThat(again.getIdPart()).isEqualTo(task.getIdPart());
            assertThat(ris.history("Task", again.getIdPart()))
                    .as("the second delivery changed nothing")
                    .hasSize(1);
        }
    }

    private static CommandAudit audit() {
        return (changed, events) -> AuditRecord.by(
                RADIOLOGIST, "REQUEST_REJECTED", Optional.of(changed.patient()), "rejected", "Ultrasound first");
    }

    private static Task onlyTask(RisStore ris, RequestId request) {
        List<Resource> held = tasks(ris, request);
        assertThat(held).as("one Task for request " + request).hasSize(1);
        return (Task) held.get(0);
    }

    private static List<Resource> tasks(RisStore ris, RequestId request) {
        return ris.byIdentifier(
                "Task",
                new Identifier().setSystem(FhirSystems.REFERRAL_REJECTION).setValue(request.toString()));
    }

    private static String rowStatus(RequestId request) {
        return jdbi.withHandle(h -> h.createQuery("select status from outbox where request_id = :request")
                .bind("request", request.value())
                .mapTo(String.class)
                .one());
    }

    private static void awaitAttempts(RequestId request, int count) throws InterruptedException {
        for (int i = 0; i < 150 && attempts(request) < count; i++) {
            Thread.sleep(100);
        }
        assertThat(attempts(request)).as("tries while the answers are lost").isGreaterThanOrEqualTo(count);
    }

    private static int attempts(RequestId request) {
        return jdbi.withHandle(h -> h.createQuery("select attempts from outbox where request_id = :request")
                .bind("request", request.value())
                .mapTo(Integer.class)
                .one());
    }
}
