package org.imagingnetwork.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imagingnetwork.core.support.NetworkFixture.CHEST_XRAY;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.NetworkFixture;
import org.imagingnetwork.core.support.TestRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rejection at vetting queues the referring trust's RIS write (a REFERRAL_REJECTED outbox row) in
 * the rejection's own transaction: committed with it, rolled back with it, and never written for a
 * rejection that was refused.
 */
class RejectionTellsTheReferrerIT {
    private static final CoreServices core = CoreServices.create();
    private static final StaffActor RADIOLOGIST = new StaffActor("rad", "VETTING_RADIOLOGIST", new OdsCode("Y60"));
    private static OdsCode trust;

    @BeforeAll
    static void aTrustOfItsOwn() {
        trust = NetworkFixture.newTrust(core.jdbi());
    }

    @Test
    void aRejectionQueuesOneWriteToTheReferringTrustNamingWhoRejectedIt() {
        Request request = TestRequests.received(core, CHEST_XRAY, trust);

        RequestOutcome outcome = core.requests()
                .reject(
                        new RequestCommand.Reject(request.id(), "Ultrasound first", "staff:rad"),
                        audit(Optional.empty()));

        assertThat(outcome).isInstanceOf(RequestOutcome.Changed.class);
        assertThat(rows(request)).singleElement().satisfies(row -> {
            assertThat(row.get("change")).isEqualTo("REFERRAL_REJECTED");
            assertThat(row.get("trust_ods_code")).isEqualTo(trust.value());
            assertThat(row.get("owner_ods_code")).isEqualTo("Y60");
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(row.get("appointment_id")).isNull();
            assertThat(row.get("slot_id")).isNull();
        });
    }

    @Test
    void aRejectionRolledBackLeavesNoWriteForTheReferrer() {
        Request request = TestRequests.received(core, CHEST_XRAY, trust);
        long events = TestRequests.eventCount(core, request.id());

        // The audit row is the transaction's last statement; one naming no patient the database knows
        // fails after the rejection and its outbox row were written, so both must roll back with it.
        assertThatThrownBy(() -> core.requests()
                        .reject(
                                new RequestCommand.Reject(request.id(), "Ultrasound first", "staff:rad"),
                                audit(Optional.of(new PatientId(Long.MAX_VALUE)))))
                .isInstanceOf(RuntimeException.class);

        assertThat(rows(request))
                .as("no write for a rejection that did not commit")
                .isEmpty();
        assertThat(core.requestRepository().find(request.id()).orElseThrow().state())
                .isEqualTo(RequestState.RECEIVED);
        assertThat(TestRequests.eventCount(core, request.id())).isEqualTo(events);
    }

    @Test
    void aRefusedRejectionQueuesNothing() {
        Request request = TestRequests.received(core, CHEST_XRAY, trust);
        core.requests().cancel(new RequestCommand.Cancel(request.id(), "Duplicate referral", "staff:booker"));

        RequestOutcome noReason = core.requests()
                .reject(new RequestCommand.Reject(request.id(), " ", "staff:rad"), audit(Optional.empty()));
        RequestOutcome cancelled = core.requests()
                .reject(new RequestCommand.Reject(request.id(), "Not indicated", "staff:rad"), audit(Optional.empty()));

        assertThat(noReason).isInstanceOf(RequestOutcome.Invalid.class);
        assertThat(cancelled).isInstanceOf(RequestOutcome.IllegalMove.class);
        assertThat(rows(request)).isEmpty();
    }

    @Test
    void aRejectionWithNoStaffAuditIsTheReferringTrustsOwn() {
        Request request = TestRequests.received(core, CHEST_XRAY, trust);

        core.requests().reject(new RequestCommand.Reject(request.id(), "Not indicated", "system:simulation"));

        assertThat(rows(request))
                .singleElement()
                .satisfies(row -> assertThat(row.get("owner_ods_code")).isEqualTo(trust.value()));
    }

    /** The radiologist's audit row, about the request's patient or, to make it fail, about another. */
    private static CommandAudit audit(Optional<PatientId> about) {
        return (changed, events) -> AuditRecord.by(
                RADIOLOGIST,
                "REQUEST_REJECTED",
                Optional.of(about.orElse(changed.patient())),
                "Request " + changed.id() + " rejected at vetting",
                "Ultrasound first");
    }

    private static List<Map<String, Object>> rows(Request request) {
        return core.jdbi()
                .withHandle(h -> h.createQuery("""
                        select change, trust_ods_code, owner_ods_code, status, appointment_id, slot_id
                        from outbox where request_id = :request""")
                        .bind("request", request.id().value())
                        .mapToMap()
                        .list());
    }
}
