package org.imagingnetwork.simulation.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;

/**
 * The rows a week's figures are computed from, read from the tables the services wrote: the waiting
 * list's clock starts, the waits of patients scanned, releases and offers, slots, and the distance of
 * bookings made.
 */
public final class FigureQueries {

    private final Jdbi jdbi;

    public FigureQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A patient scanned in the period: the referring trust, priority and days waited since the clock started. */
    public record Scan(String trust, Priority priority, int days) {}

    /** Releases in the period: how many, booked again, and never booked again before they started. */
    public record Releases(int released, int refilled, int unused) {}

    /** Offers of released slots made in the period, and accepted. */
    public record Offers(int made, int accepted) {}

    /** Bookable slot count in the period's released sessions, and booked. */
    public record Slots(int bookable, int booked) {}

    /**
     * Patients not yet scanned whose clock has started by the census day, by referring trust, by how
     * far they will go (sites they named, a travel limit, or anywhere) and whether they hold an
     * appointment: how many, and how many of them have waited six weeks (42 days) or more.
     */
    public record LongWait(String trust, String reach, boolean booked, int waiting, int overSixWeeks) {}

    /** The census broken down by trust, reach and appointment: where the long waits are, and why. */
    public List<LongWait> longWaits(LocalDate censusDay) {
        return jdbi.withHandle(h -> h.createQuery("""
                        with open as (
                            select referring_trust, state = 'APPOINTED' as booked,
                                   case when cardinality(acceptable_sites) > 0 then 'named sites'
                                        when max_travel_km is not null then 'travel limit'
                                        else 'anywhere' end as reach,
                                   greatest((received_at at time zone 'Europe/London')::date,
                                            coalesce(due_date, date '-infinity')) as clock_start
                            from request
                            where state in ('RECEIVED', 'VETTED', 'WAITING', 'APPOINTED', 'DID_NOT_ATTEND')
                        )
                        select referring_trust, reach, booked, count(*) as waiting,
                               count(*) filter (where :census - clock_start >= 42) as over
                        from open where clock_start <= :census
                        group by referring_trust, reach, booked
                        order by referring_trust, reach, booked
                        """)
                .bind("census", censusDay)
                .map((rs, ctx) -> new LongWait(
                        rs.getString("referring_trust"),
                        rs.getString("reach"),
                        rs.getBoolean("booked"),
                        rs.getInt("waiting"),
                        rs.getInt("over")))
                .list());
    }

    /** Six-week clock starts of patients not yet scanned (the open states), as the census counts them. */
    public List<LocalDate> openClockStarts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select greatest((received_at at time zone 'Europe/London')::date, coalesce(due_date, date '-infinity'))
                        from request
                        where state in ('RECEIVED', 'VETTED', 'WAITING', 'APPOINTED', 'DID_NOT_ATTEND')
                        """).mapTo(LocalDate.class).list());
    }

    /** First scans (attended) in [first, last]: days from the clock's start to the scan's London day. */
    public List<Scan> scans(LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.referring_trust, r.priority,
                               (e.occurred_at at time zone 'Europe/London')::date
                               - greatest((r.received_at at time zone 'Europe/London')::date,
                                          coalesce(r.due_date, date '-infinity')) as days
                        from request_event e join request r on r.id = e.request_id
                        where e.to_state = 'ATTENDED'
                          and e.occurred_at >= :from and e.occurred_at < :to
                        """)
                .bind("from", BookingQueries.utc(startOf(first)))
                .bind("to", BookingQueries.utc(startOf(last.plusDays(1))))
                .map((rs, ctx) -> new Scan(
                        rs.getString("referring_trust"), Priority.valueOf(rs.getString("priority")), rs.getInt("days")))
                .list());
    }

    public Releases releases(LocalDate first, LocalDate last, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        with released as (
                            select sr.id, s.starts_at,
                                   exists (select 1 from appointment a where a.slot_id = sr.slot_id
                                           and a.booked_at >= sr.released_at) as refilled
                            from slot_release sr join slot s on s.id = sr.slot_id
                            where sr.released_at >= :from and sr.released_at < :to
                        )
                        select count(*) as released,
                               count(*) filter (where refilled) as refilled,
                               count(*) filter (where not refilled and starts_at <= :now) as unused
                        from released
                        """)
                .bind("from", BookingQueries.utc(startOf(first)))
                .bind("to", BookingQueries.utc(startOf(last.plusDays(1))))
                .bind("now", BookingQueries.utc(now))
                .map((rs, ctx) -> new Releases(rs.getInt("released"), rs.getInt("refilled"), rs.getInt("unused")))
                .one());
    }

    public Offers offers(LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) as made, count(*) filter (where status = 'ACCEPTED') as accepted
                        from offer where release_id is not null and offered_at >= :from and offered_at < :to
                        """)
                .bind("from", BookingQueries.utc(startOf(first)))
                .bind("to", BookingQueries.utc(startOf(last.plusDays(1))))
                .map((rs, ctx) -> new Offers(rs.getInt("made"), rs.getInt("accepted")))
                .one());
    }

    /** Slots of released sessions on these days that are not blocked, and of them those booked. */
    public Slots slots(LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) filter (where s.status <> 'BLOCKED') as bookable,
                               count(*) filter (where s.status = 'BOOKED') as booked
                        from slot s join session se on se.id = s.session_id
                        where se.status = 'RELEASED' and se.clinic_date between :first and :last
                        """)
                .bind("first", first)
                .bind("last", last)
                .map((rs, ctx) -> new Slots(rs.getInt("bookable"), rs.getInt("booked")))
                .one());
    }

    /**
     * Distance from home (the centre of the patient's postcode district, or area) to the site, in km,
     * of every appointment made in the period whose home could be placed.
     */
    public List<Double> travel(LocalDate first, LocalDate last) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select 2 * 6371.0 * asin(sqrt(
                                   power(sin(radians(si.latitude - home.latitude) / 2), 2)
                                   + cos(radians(home.latitude)) * cos(radians(si.latitude))
                                     * power(sin(radians(si.longitude - home.longitude) / 2), 2))) as km
                        from appointment a join request r on r.id = a.request_id join patient p on p.id = r.patient_id
                        join slot s on s.id = a.slot_id join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        join lateral (
                            select d.latitude, d.longitude from postcode_district d
                            where d.outward in (split_part(p.postcode, ' ', 1),
                                                regexp_replace(split_part(p.postcode, ' ', 1), '[0-9].*$', ''))
                            order by length(d.outward) desc
                            limit 1
                        ) home on true
                        where a.booked_at >= :from and a.booked_at < :to
                        """)
                .bind("from", BookingQueries.utc(startOf(first)))
                .bind("to", BookingQueries.utc(startOf(last.plusDays(1))))
                .mapTo(Double.class)
                .list());
    }

    private static Instant startOf(LocalDate day) {
        return London.moment(day, LocalTime.MIDNIGHT);
    }
}
