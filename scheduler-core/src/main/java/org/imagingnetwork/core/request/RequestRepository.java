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

    /** Runs the work in one database transaction; everything it changed commits together or not at all. */
    <T> T inTransaction(Function<RequestChanges, T> work);

    /** The changes a transaction can make. */
    interface RequestChanges {
        /** Reads the request and holds it against other changes until the transaction ends. */
        Optional<Request> lock(RequestId id);

        /** Saves a new request in RECEIVED, with its first event row. */
        RequestId insert(NewRequest request, String actor, String reason);

        void setProtocol(RequestId id, String protocol);

        void recordEgfr(RequestId id, int egfr, LocalDate measuredOn);

        void recordWeight(RequestId id, int weightKg);

        /** Writes the audit row of the change this transaction makes, stamped with the command's moment. */
        void audit(AuditRecord entry, Instant at);

        /** Applies the move and its event row; false if the request was not in the transition's from state. */
        boolean move(Transition transition);
    }
}
