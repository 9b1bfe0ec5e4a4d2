package org.imagingnetwork.fhir.support;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/** Waiting for the relay to deliver a test's rows. */
public final class OutboxDrain {

    private OutboxDrain() {}

    /** Waits until these trusts have no row left to deliver (other test classes' rows are not ours). */
    public static void awaitEmptyOutbox(Jdbi jdbi, Duration limit, String... trusts) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long pending = pending(jdbi, trusts);
        while (pending > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            pending = pending(jdbi, trusts);
        }
        if (pending > 0) {
            throw new AssertionError("Outbox of " + String.join(", ", trusts) + " not drained in " + limit + ": "
                    + pending + " pending");
        }
    }

    public static long pending(Jdbi jdbi, String... trusts) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from outbox where status = 'PENDING' and trust_ods_code = any(:trusts)")
                .bindArray("trusts", String.class, (Object[]) trusts)
                .mapTo(Long.class)
                .one());
    }
}
