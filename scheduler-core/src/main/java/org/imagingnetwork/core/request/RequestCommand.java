package org.imagingnetwork.core.request;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What staff, the RIS or the platform ask of an existing request. Each names the request and who
 * is asking; the actor goes on the event row of any state change.
 */
public sealed interface RequestCommand {
    RequestId request();

    String actor();

    /** Vetting accepts the referral; the protocol may be set now or later (null: later). */
    record Accept(RequestId request, String protocol, String actor) implements RequestCommand {}

    /**
     * Vetting justifies the referral with a protocol and, in the same step, records the results
     * contrast (an eGFR and the day it was measured) and sedation (a weight) need, when given.
     */
    record Justify(
            RequestId request,
            String protocol,
            OptionalInt egfr,
            Optional<LocalDate> egfrMeasuredOn,
            OptionalInt weightKg,
            String actor)
            implements RequestCommand {}

    /** Vetting turns the referral down, and says why to the referrer. */
    record Reject(RequestId request, String reason, String actor) implements RequestCommand {}

    record SetProtocol(RequestId request, String protocol, String actor) implements RequestCommand {}

    /** A kidney function result, which contrast exams need to be recent. */
    record RecordEgfr(RequestId request, int egfr, LocalDate measuredOn, String actor) implements RequestCommand {}

    record RecordWeight(RequestId request, int weightKg, String actor) implements RequestCommand {}

    /** The request itself is withdrawn: the patient no longer needs the exam. */
    record Cancel(RequestId request, String reason, String actor) implements RequestCommand {}

    /** A status the trust's RIS reports back: attended, did not attend, images acquired, reported, amended. */
    record RisStatus(RequestId request, RisEvent event, String note, String actor) implements RequestCommand {}

    /**
     * Any move the state machine allows, by staff decision; for example putting a patient who did
     * not attend back on the waiting list.
     */
    record Move(RequestId request, RequestState to, String reason, String actor) implements RequestCommand {}

    /**
     * Assess the appointability rules again, with nothing else changed: a vetted request that a rule
     * now holds for becomes WAITING; a waiting request that a rule made appointable goes back to
     * VETTED if no rule holds any more.
     */
    record Reassess(RequestId request, String actor) implements RequestCommand {}
}
