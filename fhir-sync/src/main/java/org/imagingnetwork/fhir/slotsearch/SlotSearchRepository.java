package org.imagingnetwork.fhir.slotsearch;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Reads for network-wide slot, schedule and location search. */
final class SlotSearchRepository {

    private final Jdbi jdbi;

    SlotSearchRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Free slots of released sessions, earliest first. The exam filter uses the session's allowed
     * exams; the booking itself checks everything else (room equipment, the patient's age).
     */
    List<FreeSlot> freeSlots(SlotQuery query) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.id, s.room_id, rm.site_ods_code, s.starts_at, s.ends_at, se.allowed_exams
                        from slot s
                        join session se on se.id = s.session_id
                        join room rm on rm.id = s.room_id
                        where s.status = 'FREE' and se.status = 'RELEASED'
                          and s.starts_at >= :from and s.starts_at < :to
                          and (cast(:exam as text) is null or :exam = any (se.allowed_exams))
                          and (cast(:site as text) is null or rm.site_ods_code = :site)
                          and (cast(:room as text) is null or s.room_id = :room)
                          and not exists (select 1 from appointment a
                                          where a.slot_id = s.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED'))
                        order by s.starts_at, s.id
                        limit :limit
                        """)
                .bind("from", utc(query.from()))
                .bind("to", utc(query.to()))
                .bind("exam", query.exam().orElse(null))
                .bind("site", query.site().orElse(null))
                .bind("room", query.room().orElse(null))
                .bind("limit", query.limit())
                .map((rs, ctx) -> new FreeSlot(
                        rs.getLong("id"),
                        rs.getString("room_id"),
                        rs.getString("site_ods_code"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                        strings(rs, "allowed_exams")))
                .list());
    }

    List<Place> sites(Optional<String> odsCode) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access
                        from site
                        where cast(:ods as text) is null or ods_code = :ods
                        order by ods_code
                        """)
                .bind("ods", odsCode.orElse(null))
                .map((rs, ctx) -> new Place(
                        rs.getString("ods_code"),
                        rs.getString("trust_ods_code"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getString("postcode"),
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude"),
                        rs.getBoolean("step_free_access")))
                .list());
    }

    List<RoomDiary> rooms(Optional<String> roomId, Optional<String> site) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, site_ods_code, name, modality from room
                        where (cast(:room as text) is null or id = :room)
                          and (cast(:site as text) is null or site_ods_code = :site)
                        order by id
                        """)
                .bind("room", roomId.orElse(null))
                .bind("site", site.orElse(null))
                .map((rs, ctx) -> roomDiary(rs))
                .list());
    }

    /** The rooms with these ids. */
    List<RoomDiary> rooms(Collection<String> ids) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, site_ods_code, name, modality from room where id = any(:ids) order by id
                        """)
                .bindArray("ids", String.class, ids)
                .map((rs, ctx) -> roomDiary(rs))
                .list());
    }

    /** The trusts with these ODS codes, by code. */
    Map<String, String> trustNames(Collection<String> odsCodes) {
        return jdbi.withHandle(handle -> handle
                .createQuery("""
                        select ods_code, name from trust where ods_code = any(:codes)
                        """)
                .bindArray("codes", String.class, odsCodes)
                .map((rs, ctx) -> Map.entry(rs.getString("ods_code"), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The patient a request is for, by NHS number, so a channel books only for the patient it names. */
    Optional<RequestOwner> ownerOf(long requestId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select r.patient_id, p.nhs_number from request r join patient p on p.id = r.patient_id
                        where r.id = :id
                        """)
                .bind("id", requestId)
                .map((rs, ctx) -> new RequestOwner(rs.getLong("patient_id"), rs.getString("nhs_number")))
                .findOne());
    }

    record Place(
            String odsCode,
            String trust,
            String name,
            String kind,
            String postcode,
            double latitude,
            double longitude,
            boolean stepFree) {}

    record RoomDiary(String id, String site, String name, String modality) {}

    record RequestOwner(long patientId, String nhsNumber) {}

    private static RoomDiary roomDiary(ResultSet rs) throws SQLException {
        return new RoomDiary(
                rs.getString("id"), rs.getString("site_ods_code"), rs.getString("name"), rs.getString("modality"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
