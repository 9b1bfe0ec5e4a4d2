package org.imagingnetwork.core.support;

import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.booking.BookingUnit;
import org.imagingnetwork.core.booking.RequestForBooking;
import org.imagingnetwork.core.booking.SlotForBooking;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.Transition;

/** A booking unit that passes everything to a real one; tests override a step to blind or break it. */
public class ForwardingBookingUnit implements BookingUnit {
    private final BookingUnit delegate;

    public ForwardingBookingUnit(BookingUnit delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<SlotForBooking> lockSlot(SlotId slot) {
        return delegate.lockSlot(slot);
    }

    @Override
    public Optional<RequestForBooking> lockRequest(RequestId request) {
        return delegate.lockRequest(request);
    }

    @Override
    public Optional<Appointment> lockAppointment(AppointmentId appointment) {
        return delegate.lockAppointment(appointment);
    }

    @Override
    public int versionOf(AppointmentId appointment) {
        return delegate.versionOf(appointment);
    }

    @Override
    public Optional<AppointmentId> liveAppointmentOf(RequestId request) {
        return delegate.liveAppointmentOf(request);
    }

    @Override
    public boolean insertBooking(Appointment appointment, OdsCode trust, Optional<Transition> transition) {
        return delegate.insertBooking(appointment, trust, transition);
    }

    @Override
    public void endAppointment(AppointmentId appointment, AppointmentStatus status, Instant at, String reason) {
        delegate.endAppointment(appointment, status, at, reason);
    }

    @Override
    public void setSlotStatus(SlotId slot, SlotStatus status) {
        delegate.setSlotStatus(slot, status);
    }

    @Override
    public boolean transition(Transition transition) {
        return delegate.transition(transition);
    }

    @Override
    public void addOutbox(AppointmentId appointment, OdsCode trust, OutboxChange change, Instant at) {
        delegate.addOutbox(appointment, trust, change, at);
    }

    @Override
    public long recordRelease(SlotId slot, Instant at, String reason) {
        return delegate.recordRelease(slot, at, reason);
    }

    @Override
    public void audit(org.imagingnetwork.core.audit.AuditRecord record, Instant at) {
        delegate.audit(record, at);
    }
}
