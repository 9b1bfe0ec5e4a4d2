package org.imagingnetwork.core.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientOutcome;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.ReceiveOutcome;
import org.imagingnetwork.core.request.ReceiveReferral;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;

/** Referrals for tests, for a newly registered patient each time. */
public final class TestRequests {
    private TestRequests() {}

    public static String registeredPatient(CoreServices core) {
        String nhs = TestPatients.newNhsNumber();
        if (!(core.registry().register(TestPatients.adult(nhs), "staff:fixture")
                instanceof PatientOutcome.Registered)) {
            throw new IllegalStateException("fixture patient not registered");
        }
        return nhs;
    }

    public static ReceiveReferral routine(String nhsNumber, String exam, OdsCode trust) {
        return new ReceiveReferral(
                nhsNumber,
                exam,
                Priority.ROUTINE,
                null,
                trust.value(),
                "Dr Amara Singh",
                false,
                false,
                null,
                false,
                false,
                Set.of(),
                null,
                null,
                null,
                "system:ris-" + trust.value());
    }

    public static Request received(CoreServices core, String exam, OdsCode trust) {
        ReceiveOutcome outcome = core.requests().receive(routine(registeredPatient(core), exam, trust));
        if (outcome instanceof ReceiveOutcome.Received received) {
            return received.request();
        }
        throw new IllegalStateException("fixture referral refused: " + outcome);
    }

    /**
     * Puts a request straight into a state, as if it had got there by its earlier moves; an appointed
     * request gets the booked appointment (on a new slot) that the database insists goes with it.
     */
    public static void forceState(CoreServices core, RequestId id, RequestState state) {
        Optional<SlotId> slot = state == RequestState.APPOINTED
                ? Optional.of(new DiaryFixture(core.jdbi())
                        .ctDiary(Instant.now().plus(Duration.ofDays(3)), 1)
                        .slots()
                        .get(0))
                : Optional.empty();
        core.jdbi().useTransaction(h -> {
            h.createUpdate("update request set state = :state where id = :id")
                    .bind("state", state.name())
                    .bind("id", id.value())
                    .execute();
            slot.ifPresent(booked -> {
                h.execute("update slot set status = 'BOOKED' where id = ?", booked.value());
                h.execute("""
                        insert into appointment (id, request_id, slot_id, status, booked_at, booked_by)
                        values (gen_random_uuid(), ?, ?, 'BOOKED', now(), 'staff:fixture')
                        """, id.value(), booked.value());
            });
        });
    }

    public static long eventCount(CoreServices core, RequestId id) {
        return core.jdbi()
                .withHandle(h -> h.createQuery("select count(*) from request_event where request_id = :id")
                        .bind("id", id.value())
                        .mapTo(Long.class)
                        .one());
    }
}
