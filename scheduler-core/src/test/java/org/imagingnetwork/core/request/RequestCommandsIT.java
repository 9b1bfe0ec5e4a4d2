package org.imagingnetwork.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.core.support.NetworkFixture.CHEST_XRAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.FixedClock;
import org.imagingnetwork.core.support.NetworkFixture;
import org.imagingnetwork.core.support.TestRequests;
import org.imagingnetwork.core.validation.FieldError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each command on a request: what it changes, what it refuses, and that a refusal changes nothing. */
class RequestCommandsIT {
    private static final CoreServices core = CoreServices.create();
    private static OdsCode trust;

    @BeforeAll
    static void aTrustOfItsOwn() {
        trust = NetworkFixture.newTrust(core.jdbi());
    }

    @Test
    void rejectingAtVettingRecordsTheReasonForTheReferrer() {
        Request request = received();

        RequestOutcome outcome = core.requests()
                .reject(new RequestCommand.Reject(request.id(), "Ultrasound first, please", "staff:rad"));

        assertThat(((RequestOutcome.Changed) outcome).request().state()).isEqualTo(RequestState.REJECTED);
        RequestEvent event = lastEvent(request);
        assertThat(event.reason()).isEqualTo("Ultrasound first, please");
        assertThat(event.actor()).isEqualTo("staff:rad");
        assertThat(event.from()).contains(RequestState.RECEIVED);
    }

    @Test
    void rejectingWithoutAReasonIsRefusedAndChangesNothing() {
        Request request = received();
        long events = events(request);

        RequestOutcome outcome = core.requests().reject(new RequestCommand.Reject(request.id(), "  ", "staff:rad"));

        assertThat(outcome).isEqualTo(new RequestOutcome.Invalid(List.of(new FieldError("reason", "Give a reason"))));
        assertUnchanged(request, events);
    }

    @Test
    void acceptingARejectedRequestIsAnIllegalMoveAndItsProtocolIsNotSaved() {
        Request request = received();
        core.requests().reject(new RequestCommand.Reject(request.id(), "Not indicated", "staff:rad"));
        Request rejected = core.requestRepository().find(request.id()).orElseThrow();
        long events = events(request);

        RequestOutcome outcome = core.requests().accept(new RequestCommand.Accept(request.id(), "PA", "staff:rad"));

        assertThat(outcome)
                .isEqualTo(new RequestOutcome.IllegalMove(request.id(), RequestState.REJECTED, RequestState.VETTED));
        assertThat(((RequestOutcome.IllegalMove) outcome).message())
                .isEqualTo("A rejected request cannot be moved to vetted");
        assertUnchanged(rejected, events);
    }

    @Test
    void theDetailsOfAClosedRequestCannotChange() {
        Request request = received();
        core.requests().cancel(new RequestCommand.Cancel(request.id(), "Patient moved away", "staff:booker"));
        Request cancelled = core.requestRepository().find(request.id()).orElseThrow();
        long events = events(request);

        RequestOutcome protocol =
                core.requests().setProtocol(new RequestCommand.SetProtocol(request.id(), "PA", "staff:rad"));
        RequestOutcome weight =
                core.requests().recordWeight(new RequestCommand.RecordWeight(request.id(), 80, "staff:rad"));

        assertThat(protocol).isEqualTo(new RequestOutcome.Closed(request.id(), RequestState.CANCELLED));
        assertThat(weight).isEqualTo(new RequestOutcome.Closed(request.id(), RequestState.CANCELLED));
        assertUnchanged(cancelled, events);
    }

    @Test
    void recordsProtocolWeightAndEgfrOnAnOpenRequestWithoutMovingIt() {
        Request request = received();

        core.requests().setProtocol(new RequestCommand.SetProtocol(request.id(), " Low dose ", "staff:rad"));
        core.requests().recordWeight(new RequestCommand.RecordWeight(request.id(), 82, "staff:nurse"));
        core.requests()
                .recordEgfr(new RequestCommand.RecordEgfr(request.id(), 64, LocalDate.of(2026, 11, 20), "staff:nurse"));

        Request now = core.requestRepository().find(request.id()).orElseThrow();
        assertThat(now.protocol())
                .isEqualTo(new Protocol(
                        Optional.of("Low dose"), OptionalInt.of(64), Optional.of(LocalDate.of(2026, 11, 20))));
        assertThat(now.needs().weightKg()).hasValue(82);
        assertThat(now.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(now.version()).isEqualTo(request.version() + 3);
        assertThat(TestRequests.eventCount(core, request.id())).isEqualTo(1);
    }

    @Test
    void impossibleResultsNameTheirFieldsAndChangeNothing() {
        Request request = received();
        long events = events(request);

        RequestOutcome egfr = core.requests()
                .recordEgfr(new RequestCommand.RecordEgfr(request.id(), 250, LocalDate.of(2026, 12, 1), "staff:nurse"));
        RequestOutcome weight =
                core.requests().recordWeight(new RequestCommand.RecordWeight(request.id(), 0, "staff:nurse"));
        RequestOutcome protocol =
                core.requests().setProtocol(new RequestCommand.SetProtocol(request.id(), "", "staff:rad"));
        RequestOutcome noActor = core.requests().cancel(new RequestCommand.Cancel(request.id(), "Duplicate", " "));

        assertThat(fields(egfr)).containsExactly("egfr", "measuredOn");
        assertThat(fields(weight)).containsExactly("weightKg");
        assertThat(fields(protocol)).containsExactly("protocol");
        assertThat(fields(noActor)).containsExactly("actor");
        assertUnchanged(request, events);
    }

    @Test
    void justifyingRecordsProtocolEgfrAndWeightMovesOnByTheRuleAndAuditsInTheSameTransaction() {
        Request request = TestRequests.received(core, NetworkFixture.CT_WITH_CONTRAST, trust);
        LocalDate measured = LocalDate.now(FixedClock.get()).minusDays(10);

        RequestOutcome outcome = core.requests()
                .justify(
                        new RequestCommand.Justify(
                                request.id(),
                                " CT CAP portal venous ",
                                OptionalInt.of(72),
                                Optional.of(measured),
                                OptionalInt.of(81),
                                "staff:rad"),
                        VETTING_AUDIT);

        Request now = ((RequestOutcome.Changed) outcome).request();
        assertThat(now.state()).isEqualTo(RequestState.WAITING);
        assertThat(now.protocol())
                .isEqualTo(
                        new Protocol(Optional.of("CT CAP portal venous"), OptionalInt.of(72), Optional.of(measured)));
        assertThat(now.needs().weightKg()).hasValue(81);
        List<RequestEvent> events = ((RequestOutcome.Changed) outcome).events();
        assertThat(events).extracting(RequestEvent::to).containsExactly(RequestState.VETTED, RequestState.WAITING);
        assertThat(events.get(0).reason()).isEqualTo("Justified with protocol 'CT CAP portal venous'");
        assertThat(events.get(1).ruleId()).isPresent();
        assertThat(auditRows(request))
                .containsExactly("REQUEST_JUSTIFIED WAITING by rule "
                        + events.get(1).ruleId().get());
    }

    @Test
    void aJustificationWithBadResultsNamesEachFieldChangesNothingAndAuditsNothing() {
        Request request = TestRequests.received(core, NetworkFixture.CT_WITH_CONTRAST, trust);
        long events = events(request);

        RequestOutcome bad = core.requests()
                .justify(
                        new RequestCommand.Justify(
                                request.id(),
                                " ",
                                OptionalInt.of(250),
                                Optional.of(LocalDate.now(FixedClock.get()).plusDays(2)),
                                OptionalInt.of(0),
                                "staff:rad"),
                        VETTING_AUDIT);
        RequestOutcome noDate = core.requests()
                .justify(
                        new RequestCommand.Justify(
                                request.id(),
                                "CT",
                                OptionalInt.of(60),
                                Optional.empty(),
                                OptionalInt.empty(),
                                "staff:rad"),
                        VETTING_AUDIT);

        assertThat(fields(bad)).containsExactly("protocol", "egfr", "egfrMeasuredOn", "weightKg");
        assertThat(fields(noDate)).containsExactly("egfrMeasuredOn");
        assertUnchanged(request, events);
        assertThat(auditRows(request)).isEmpty();
    }

    @Test
    void aRejectionAtVettingIsAuditedWithIt() {
        Request request = received();

        core.requests().reject(new RequestCommand.Reject(request.id(), "Ultrasound first", "staff:rad"), VETTING_AUDIT);
        RequestOutcome again =
                core.requests().reject(new RequestCommand.Reject(request.id(), "Twice", "staff:rad"), VETTING_AUDIT);

        assertThat(again).isInstanceOf(RequestOutcome.IllegalMove.class);
        assertThat(auditRows(request)).containsExactly("REQUEST_JUSTIFIED REJECTED by rule none");
    }

    @Test
    void followsWhatTheRisReportsFromAppointmentToAmendedReport() {
        Request request = received();
        TestRequests.forceState(core, request.id(), RequestState.APPOINTED);

        for (RisEvent event :
                List.of(RisEvent.ATTENDED, RisEvent.ACQUIRED, RisEvent.REPORTED, RisEvent.AMENDED, RisEvent.AMENDED)) {
            RequestOutcome outcome = core.requests()
                    .recordRisStatus(new RequestCommand.RisStatus(request.id(), event, null, "system:ris"));
            assertThat(outcome).as(event.name()).isInstanceOf(RequestOutcome.Changed.class);
        }

        assertThat(core.requestRepository().history(request.id()))
                .extracting(RequestEvent::to)
                .containsExactly(
                        RequestState.RECEIVED,
                        RequestState.ATTENDED,
                        RequestState.ACQUIRED,
                        RequestState.REPORTED,
                        RequestState.AMENDED,
                        RequestState.AMENDED);
        assertThat(lastEvent(request).reason()).isEqualTo("RIS reported AMENDED");
    }

    @Test
    void aDidNotAttendFromTheRisCarriesItsNoteAndCannotBeFollowedByAReport() {
        Request request = received();
        TestRequests.forceState(core, request.id(), RequestState.APPOINTED);

        core.requests()
                .recordRisStatus(new RequestCommand.RisStatus(
                        request.id(), RisEvent.DID_NOT_ATTEND, "No contact on the day", "system:ris"));
        RequestOutcome reported = core.requests()
                .recordRisStatus(new RequestCommand.RisStatus(request.id(), RisEvent.REPORTED, null, "system:ris"));

        assertThat(lastEvent(request).reason()).isEqualTo("RIS reported DID_NOT_ATTEND: No contact on the day");
        assertThat(reported)
                .isEqualTo(new RequestOutcome.IllegalMove(
                        request.id(), RequestState.DID_NOT_ATTEND, RequestState.REPORTED));
    }

    @Test
    void aCommandOnARequestThatIsNotThereSaysSo() {
        RequestId missing = new RequestId(Long.MAX_VALUE);

        assertThat(core.requests().cancel(new RequestCommand.Cancel(missing, "Duplicate", "staff:booker")))
                .isEqualTo(new RequestOutcome.NotFound(missing));
        assertThat(core.requests().recordWeight(new RequestCommand.RecordWeight(missing, 70, "staff:nurse")))
                .isEqualTo(new RequestOutcome.NotFound(missing));
    }

    /** An audit row naming the state the command left and the rule that fired, to check both reach it. */
    private static final CommandAudit VETTING_AUDIT = (changed, moves) -> AuditRecord.by(
            new StaffActor("rad", "VETTING_RADIOLOGIST", new OdsCode("Y60")),
            "REQUEST_JUSTIFIED",
            Optional.of(changed.patient()),
            changed.state() + " by rule "
                    + moves.stream()
                            .flatMap(e -> e.ruleId().stream())
                            .map(String::valueOf)
                            .findFirst()
                            .orElse("none"),
            "vetting");

    private static List<String> auditRows(Request request) {
        return core.jdbi()
                .withHandle(h -> h.createQuery("""
                        select action || ' ' || detail from audit_log
                        where patient_id = :patient and actor = 'staff:rad' and actor_role = 'VETTING_RADIOLOGIST'
                        order by id""")
                        .bind("patient", request.patient().value())
                        .mapTo(String.class)
                        .list());
    }

    private static Request received() {
        return TestRequests.received(core, CHEST_XRAY, trust);
    }

    private static RequestEvent lastEvent(Request request) {
        List<RequestEvent> history = core.requestRepository().history(request.id());
        return history.get(history.size() - 1);
    }

    private static void assertUnchanged(Request before, long eventsBefore) {
        assertThat(core.requestRepository().find(before.id())).contains(before);
        assertThat(TestRequests.eventCount(core, before.id())).isEqualTo(eventsBefore);
    }

    private static long events(Request request) {
        return TestRequests.eventCount(core, request.id());
    }

    private static List<String> fields(RequestOutcome outcome) {
        return ((RequestOutcome.Invalid) outcome)
                .errors().stream().map(FieldError::field).toList();
    }
}
