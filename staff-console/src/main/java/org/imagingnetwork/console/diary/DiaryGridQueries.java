package org.imagingnetwork.console.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.diary.SessionTypes;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The grid's SQL: the rooms a selection covers at sites of the trusts in scope, and their sessions
 * over the grid's days with each one's staff and slot counts — two queries however large the grid.
 */
final class DiaryGridQueries {

    /** A room of the grid, before its sessions are placed. */
    record RoomRow(String id, String name, String modality, String site, String siteName) {}

    private static final String ROOMS_OF_SELECTION = """
            from room ro
            join site si on si.ods_code = ro.site_ods_code
            where si.trust_ods_code = any(:scope)
              and (cast(:site as text) is null or si.ods_code = :site)
              and (cast(:trust as text) is null or si.trust_ods_code = :trust)
              and (cast(:modality as text) is null or ro.modality = :modality)
            """;

    private final Jdbi jdbi;

    DiaryGridQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<RoomRow> rooms(Scope scope, GridSelection selection) {
        return jdbi.withHandle(h -> bind(
                        h,
                        "select ro.id, ro.name, ro.modality, si.ods_code as site, si.name as site_name "
                                + ROOMS_OF_SELECTION
                                + " order by si.name, ro.modality, ro.name, ro.id",
                        scope,
                        selection)
                .map((rs, ctx) -> new RoomRow(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("modality"),
                        rs.getString("site"),
                        rs.getString("site_name")))
                .list());
    }

    List<SessionCell> sessions(Scope scope, GridSelection selection) {
        return jdbi.withHandle(h -> bind(h, """
                        select se.id, se.room_id, se.clinic_date, se.starts_at, se.ends_at, se.session_type, se.status,
                               team.names, slots.free, slots.booked, slots.blocked, slots.to_rebook,
                               slots.bookable_minutes, slots.booked_minutes
                        from session se
                        left join lateral (
                            select array_agg(st.name order by st.name) as names
                            from session_staff ss join staff st on st.id = ss.staff_id
                            where ss.session_id = se.id
                        ) team on true
                        cross join lateral (
                            select count(*) filter (where sl.status = 'FREE') as free,
                                   count(*) filter (where sl.status = 'BOOKED') as booked,
                                   count(*) filter (where sl.status = 'BLOCKED') as blocked,
                                   count(*) filter (where sl.status = 'BLOCKED' and exists (
                                       select 1 from appointment a
                                       where a.slot_id = sl.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED'))) as to_rebook,
                                   coalesce(sum(extract(epoch from sl.ends_at - sl.starts_at))
                                       filter (where sl.status <> 'BLOCKED'), 0) / 60 as bookable_minutes,
                                   coalesce(sum(extract(epoch from sl.ends_at - sl.starts_at))
                                       filter (where sl.status = 'BOOKED'), 0) / 60 as booked_minutes
                            from slot sl where sl.session_id = se.id
                        ) slots
                        where se.clinic_date between :first and :last
                          and se.room_id in (select ro.id
                        """ + ROOMS_OF_SELECTION + """
                          )
                        order by se.starts_at, se.room_id
                        """, scope, selection)
                .bind("first", selection.first())
                .bind("last", selection.last())
                .map((rs, ctx) -> cell(rs))
                .list());
    }

    private static Query bind(Handle h, String sql, Scope scope, GridSelection selection) {
        return h.createQuery(sql)
                .bindArray("scope", String.class, List.of(scope.trustArray()))
                .bind("site", selection.site().orElse(null))
                .bind("trust", selection.trust().orElse(null))
                .bind("modality", selection.modality().map(Enum::name).orElse(null));
    }

    private static SessionCell cell(ResultSet rs) throws SQLException {
        String type = rs.getString("session_type");
        double bookable = rs.getDouble("bookable_minutes");
        java.sql.Array names = rs.getArray("names");
        return new SessionCell(
                rs.getLong("id"),
                rs.getString("room_id"),
                rs.getObject("clinic_date", LocalDate.class),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                type,
                SessionTypes.find(type).map(t -> t.name()).orElse(type),
                rs.getString("status"),
                names == null ? List.of() : Arrays.asList((String[]) names.getArray()),
                rs.getInt("free"),
                rs.getInt("booked"),
                rs.getInt("blocked"),
                rs.getInt("to_rebook"),
                bookable > 0
                        ? OptionalInt.of((int) Math.round(100 * rs.getDouble("booked_minutes") / bookable))
                        : OptionalInt.empty(),
                List.of());
    }
}
