package org.imagingnetwork.core.jdbc;

import java.util.function.Function;
import org.imagingnetwork.core.booking.BookingStore;
import org.imagingnetwork.core.booking.BookingUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * Booking transactions on PostgreSQL at READ COMMITTED: correctness comes from row locks
 * ({@code FOR UPDATE}) and the partial unique indexes, not from serializable retries, so a busy
 * slot costs a wait rather than an abort.
 */
public final class JdbiBookingStore implements BookingStore {

    private final Jdbi jdbi;

    public JdbiBookingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Function<BookingUnit, T> work) {
        // READ COMMITTED is PostgreSQL's default; naming it here would cost two extra round trips
        // (set and restore) on every booking.
        return jdbi.inTransaction(handle -> work.apply(new JdbiBookingUnit(handle)));
    }
}
