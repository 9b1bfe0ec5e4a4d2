package org.imagingnetwork.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;

/** Requests and their event history. Changes happen inside {@link #inTransaction}. */
public interface RequestRepository {
    Optional<Request> find(RequestId id);

    List<Request> ofPatient(PatientId patient);

    /** Every state change of the request, oldest first. */
    List<RequestEvent> history(RequestId id);

    /** Requests of a trust (or of every trust) in one state, oldest first: the work lists. */
    List<RequestId> inState(RequestState state, Optional<OdsCode> trust);

    /**
     * Waiting requests whose appointability rests on a result that grows old with time: a rule made
     * them appointable and they need contrast, so an eGFR condition may since have lapsed.
     */
    List<RequestId> waitingOnDatedResults();

    /** Runs the work in one database transaction; everything it changed commits together or not at all. */
    <T> T inTransaction(Function<RequestChanges, T> work);

    /** The changes a transaction can make. */
    interface RequestChanges {
        /** Reads the request and holds it against other changes until the transaction ends. */
        Optional<Request> lock(RequestId id);

        /**
         * As {@link #lock}, first locking the request's booked appointment, if it has one: the order
         * bookings take (appointment, request, slot), so a command that ends the appointment and a
         * cancellation of it wait for each other instead of deadlocking.
         */
        Optional<Request> lockWithAppointment(RequestId id);

        /** Saves a new request in RECEIVED, with its first event row. */
        RequestId insert(NewRequest request, String actor, String reason);

        void setProtocol(RequestId id, String protocol);

        void recordEgfr(RequestId id, int egfr, LocalDate measuredOn);

        void recordWeight(RequestId id, int weightKg);

        /** The rule whose firing last made the request appointable, if a rule did. */
        Optional<AppointabilityPolicy.FiredRule> madeAppointableBy(RequestId id);

        /** Writes the audit row of the change this transaction makes, stamped with the command's moment. */
        void audit(AuditRecord entry, Instant at);

        /**
         * Queues the rejection for the referring trust's RIS (the relay writes it there), naming the
         * organisation whose radiologist rejected the referral. It commits with the rejection or not at all.
         */
        void tellReferrerOfRejection(RequestId id, OdsCode referringTrust, OdsCode rejectedBy, Instant at);

        /** Applies the move and its event row; false if the request was not in the transition's from state. */
        boolean move(Transition transition);

        /**
         * Ends the request's booked appointment as a move out of APPOINTED says, with what goes with it:
         * attended or not attended with the status row for the RIS at its site; cancelled with its slot
         * freed (a blocked slot stays blocked), a release for the offer engine if the slot is still
         * ahead, and the cancellation for the RIS. False when the request has no booked appointment.
         */
        boolean endAppointment(RequestId id, AppointmentEnd end, String reason, Instant at);
    }
}
