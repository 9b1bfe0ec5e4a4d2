package org.imagingnetwork.core.booking;

import java.util.function.Function;

/** Runs booking work in one database transaction: all of it commits, or none of it does. */
public interface BookingStore {
    <T> T inTransaction(Function<BookingUnit, T> work);
}
