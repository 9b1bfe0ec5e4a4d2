package org.imagingnetwork.core.support;

import java.util.Optional;
import java.util.function.Function;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.BookingSnapshot;
import org.imagingnetwork.core.booking.BookingStore;
import org.imagingnetwork.core.booking.BookingUnit;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.Transition;

/**
 * A booking store that passes everything to a real one; tests override a step, or wrap each
 * transaction's unit, to blind or break it.
 */
public class ForwardingBookingStore implements BookingStore {
    private final BookingStore delegate;

    public ForwardingBookingStore(BookingStore delegate) {
        this.delegate = delegate;
    }

    /** The unit the work sees in place of the real one. */
    protected BookingUnit wrap(BookingUnit unit) {
        return unit;
    }

    @Override
    public <T> T inTransaction(Function<BookingUnit, T> work) {
        return delegate.inTransaction(unit -> work.apply(wrap(unit)));
    }

    @Override
    public Optional<BookingSnapshot> snapshot(RequestId request, SlotId slot) {
        return delegate.snapshot(request, slot);
    }

    @Override
    public boolean bookIfUnchanged(BookingSnapshot seen, Appointment appointment, Transition appointed) {
        return delegate.bookIfUnchanged(seen, appointment, appointed);
    }
}
