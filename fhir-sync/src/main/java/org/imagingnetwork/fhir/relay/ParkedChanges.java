package org.imagingnetwork.fhir.relay;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.network.OdsCode;
import org.jdbi.v3.core.Jdbi;

/**
 * What staff see and do about changes the relay could not deliver: the list, with the last error,
 * and a retry that puts one back in the queue. Nothing is ever deleted.
 */
public final class ParkedChanges {

    public static final String RETRIED = "RIS_DELIVERY_RETRIED";

    private final Jdbi jdbi;
    private final OutboxRepository outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ParkedChanges(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.outbox = new OutboxRepository(jdbi);
        this.audit = audit;
        this.clock = clock;
    }

    public List<OutboxRow> list(Optional<OdsCode> trust) {
        return outbox.parked(trust);
    }

    /** Requeues a parked row; false when there is no such parked row (already retried, or never parked). */
    public boolean retry(long outboxId, String staffUser) {
        boolean requeued = jdbi.inTransaction(handle -> outbox.requeue(handle, outboxId, clock.instant()));
        if (requeued) {
            audit.record("staff:" + staffUser, RETRIED, Optional.empty(), "requeued RIS delivery " + outboxId);
        }
        return requeued;
    }
}
