package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.imagingnetwork.core.bi.AttendanceRate;
import org.imagingnetwork.core.bi.DiaryFigures;
import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.ReleasedSlots;
import org.imagingnetwork.core.bi.RoomUtilisation;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.jdbi.v3.core.Jdbi;

/**
 * The diary figures, each one query over the views of migration V26 (docs/bi.md defines them). The
 * scope, trust and ICS conditions are on the trust that runs the site.
 */
@Singleton
public final class JdbiDiaryFigures implements DiaryFigures {

    /** The filter's conditions on the site, its trust and ICS, and the room's modality, with these column names. */
    private static String filter(String trust, String ics, String site, String modality) {
        return """
                %1$s = any(:scope)
                and (cast(:ics as text) is null or %2$s = :ics)
                and (cast(:trust as text) is null or %1$s = :trust)
                and (cast(:site as text) is null or %3$s = :site)
                and (cast(:modality as text) is null or %4$s = :modality)
                """.formatted(trust, ics, site, modality);
    }

    private static final String SITE_FILTER = filter("trust", "ics", "site", "modality");

    private final Jdbi jdbi;

    @Inject
    public JdbiDiaryFigures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<AttendanceRate> attendance(FigureFilter filter) {
        return FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(
                                h.createQuery("""
                                select site, modality,
                                       coalesce(sum(events) filter (where to_state = 'APPOINTED'), 0) as booked,
                                       coalesce(sum(events) filter (where from_state = 'APPOINTED'
                                                                    and to_state in ('WAITING', 'CANCELLED')), 0) as cancelled,
                                       coalesce(sum(events) filter (where to_state = 'ATTENDED'), 0) as attended,
                                       coalesce(sum(events) filter (where to_state = 'DID_NOT_ATTEND'), 0) as did_not_attend
                                from bi_event_day
                                where day >= :from and day < :to and site <> ''
                                  and (cast(:priority as text) is null or priority = :priority)
                                  and %s
                                group by site, modality
                                having sum(events) filter (where to_state in ('APPOINTED', 'ATTENDED', 'DID_NOT_ATTEND')
                                                           or (from_state = 'APPOINTED' and to_state in ('WAITING', 'CANCELLED'))) > 0
                                order by site, modality
                                """.formatted(filter("site_trust", "site_ics", "site", "modality"))),
                                filter)
                        .map((rs, ctx) -> new AttendanceRate(
                                new OdsCode(rs.getString("site")),
                                Modality.valueOf(rs.getString("modality")),
                                rs.getLong("booked"),
                                rs.getLong("cancelled"),
                                rs.getLong("attended"),
                                rs.getLong("did_not_attend")))
                        .list());
    }

    @Override
    public List<RoomUtilisation> utilisation(FigureFilter filter) {
        return FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(h.createQuery("""
                                select site, session_type, sum(available_minutes) as available, sum(booked_minutes) as booked
                                from bi_slot_day
                                where clinic_date >= :from and clinic_date < :to and %s
                                group by site, session_type
                                order by site, session_type
                                """.formatted(SITE_FILTER)), filter)
                        .map((rs, ctx) -> new RoomUtilisation(
                                new OdsCode(rs.getString("site")),
                                rs.getString("session_type"),
                                rs.getLong("available"),
                                rs.getLong("booked")))
                        .list());
    }

    @Override
    public ReleasedSlots releasedSlots(FigureFilter filter) {
        return FigureReads.read(
                jdbi,
                h -> FigureFilterBinding.bind(h.createQuery("""
                                with released as (
                                    select released_at, starts_at, refilled_at
                                    from bi_release
                                    where released_on >= :from and released_on < :to and %1$s
                                ),
                                offers as (
                                    select coalesce(sum(sent), 0) as sent, coalesce(sum(accepted), 0) as accepted
                                    from bi_offer_day
                                    where day >= :from and day < :to and %1$s
                                )
                                select (select count(*) from released) as released,
                                       (select count(refilled_at) from released) as refilled,
                                       (select percentile_cont(0.5) within group (
                                                   order by extract(epoch from refilled_at - released_at) / 3600.0)
                                        from released where refilled_at is not null) as median_hours,
                                       (select count(*) from released, bi_refresh b
                                        where refilled_at is null and starts_at <= b.refreshed_at) as unused,
                                       offers.sent, offers.accepted
                                from offers
                                """.formatted(SITE_FILTER)), filter)
                        .map((rs, ctx) -> new ReleasedSlots(
                                rs.getLong("released"),
                                rs.getLong("refilled"),
                                JdbiRequestFigures.optionalDouble(rs, "median_hours"),
                                rs.getLong("unused"),
                                rs.getLong("sent"),
                                rs.getLong("accepted")))
                        .one());
    }
}
