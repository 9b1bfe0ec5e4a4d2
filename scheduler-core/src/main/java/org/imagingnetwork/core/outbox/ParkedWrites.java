package org.imagingnetwork.core.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;

/**
 * The outbox rows the relay parked, as staff see and retry them. Retrying puts a row back in the
 * relay's queue, due now, with a fresh count of attempts; its audit row is written in the same
 * transaction. Nothing here deletes a row: a change that was due to a RIS stays on record until it
 * is delivered.
 */
public interface ParkedWrites {

    /** How many rows are parked for each of these trusts that has any. */
    Map<OdsCode, Integer> countByTrust(Collection<OdsCode> trusts);

    /** The oldest {@code limit} parked rows of these trusts, oldest first. */
    List<ParkedWrite> parked(Collection<OdsCode> trusts, int limit);

    /**
     * Requeues one parked row if it belongs to one of {@code trusts}; false when there is no such
     * parked row there (never parked, already retried, or another trust's), so callers answer all
     * three alike.
     */
    boolean retry(long id, Collection<OdsCode> trusts, StaffActor who);

    /** Requeues every row parked for one trust; how many. */
    int retryAll(OdsCode trust, StaffActor who);
}
