package org.imagingnetwork.console.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.core.bi.FigureRefresh;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.CancelOutcome;

/**
 * What the figures tests add to the SMALL network's history before they read: the demo network has
 * bookings but no slot given back yet, so one appointment at a trust A site is cancelled (the
 * slot is released) and the figures are rebuilt.
 */
final class FigureHistory {

    private FigureHistory() {}

    static void releaseASlotAtTrustAAndRefresh(ConsoleServer console) {
        UUID appointment = console.jdbi()
                .withHandle(h -> h.createQuery("""
                        select a.id from appointment a
                        join slot s on s.id = a.slot_id
                        join session se on se.id = s.session_id
                        join room ro on ro.id = se.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where si.trust_ods_code = :a and a.status = 'BOOKED' and s.starts_at > now() + interval '1 day'
                        order by s.starts_at limit 1""")
                        .bind("a", console.staff().trustA())
                        .mapTo(UUID.class)
                        .one());
        CancelOutcome outcome = console.context()
                .getBean(BookingService.class)
                .cancel(new Cancel(new AppointmentId(appointment), Actor.staff("test-setup"), "figures test", true));
        assertThat(outcome).isInstanceOf(CancelOutcome.Cancelled.class);
        console.context().getBean(FigureRefresh.class).refresh();
    }
}
