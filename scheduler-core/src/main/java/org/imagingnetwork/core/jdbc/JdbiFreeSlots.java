package org.imagingnetwork.core.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.FreeSlots;
import org.imagingnetwork.core.choice.SlotSearch;
import org.imagingnetwork.core.choice.TimeBands;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.Capability;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Free slots a referral could be booked into. The earliest-per-room search walks each room's free
 * slots in time order along the partial index on (room_id, starts_at) and stops at the first that
 * fits: a handful of rows for a room whose sessions run the exam, but every free slot to the horizon
 * for one whose sessions do not, which is why {@link org.imagingnetwork.core.choice.EarliestFreeSlots}
 * keeps its answers.
 */
public final class JdbiFreeSlots implements FreeSlots {

    private static final String SLOT_FITS = """
            s.status = 'FREE'
              and s.starts_at >= :from and s.starts_at < :until
              and s.ends_at - s.starts_at >= make_interval(mins => :minutes)
              and se.status = 'RELEASED'
              and se.allowed_exams @> array[cast(:exam as text)]
              and (not :sedation or exists (
                    select 1 from session_staff ss join staff st on st.id = ss.staff_id
                    where ss.session_id = se.id and 'SEDATION' = any(st.skills)))
              and (:anyTime
                   or (:morning and extract(hour from s.starts_at at time zone 'Europe/London') < 12)
                   or (:afternoon and extract(hour from s.starts_at at time zone 'Europe/London') between 12 and 16)
                   or (:evening and extract(hour from s.starts_at at time zone 'Europe/London') >= 17)
                   or (:weekend and extract(isodow from s.starts_at at time zone 'Europe/London') >= 6))
            """;

    private static final String ROOM_FITS = """
            ro.modality = :modality
              and ro.capabilities @> cast(:capabilities as text[])
              and (:weight = 0 or coalesce(ro.max_patient_weight_kg, 150) >= :weight)
            """;

    private final Jdbi jdbi;

    public JdbiFreeSlots(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, Instant> earliestByRoom(
            SlotSearch search, Collection<String> rooms, Instant from, Instant until) {
        if (rooms.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            var query = h.createQuery("""
                    select ro.id as room, f.starts_at
                    from room ro
                    cross join lateral (
                        select s.starts_at
                        from slot s
                        join session se on se.id = s.session_id
                        where s.room_id = ro.id and %s
                        order by s.starts_at
                        limit 1
                    ) f
                    where ro.id = any(cast(:rooms as text[]))
                    """.formatted(SLOT_FITS)).bindArray("rooms", String.class, rooms);
            bindSlot(query, search, from, until);
            Map<String, Instant> earliest = new HashMap<>();
            query.map((rs, ctx) -> Map.entry(
                            rs.getString("room"),
                            rs.getObject("starts_at", OffsetDateTime.class).toInstant()))
                    .forEach(e -> earliest.put(e.getKey(), e.getValue()));
            return earliest;
        });
    }

    @Override
    public List<FreeSlot> at(ChoiceRequest request, String site, SlotSearch search, Instant from, Instant until) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("""
                    select distinct on (s.starts_at) s.id, s.starts_at, s.ends_at
                    from slot s
                    join session se on se.id = s.session_id
                    join room ro on ro.id = s.room_id
                    where ro.site_ods_code = :site and %s and %s
                    order by s.starts_at, s.id
                    """.formatted(ROOM_FITS, SLOT_FITS)).bind("site", site);
            bindSlot(query, search, from, until);
            bindRoom(query, request);
            return query.map((rs, ctx) -> new FreeSlot(
                            new SlotId(rs.getLong("id")),
                            rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("ends_at", OffsetDateTime.class).toInstant()))
                    .list();
        });
    }

    @Override
    public boolean fits(
            ChoiceRequest request, String site, SlotId slot, SlotSearch search, Instant from, Instant until) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("""
                    select exists (
                        select 1
                        from slot s
                        join session se on se.id = s.session_id
                        join room ro on ro.id = s.room_id
                        where s.id = :slot and ro.site_ods_code = :site and %s and %s)
                    """.formatted(ROOM_FITS, SLOT_FITS))
                    .bind("slot", slot.value())
                    .bind("site", site);
            bindSlot(query, search, from, until);
            bindRoom(query, request);
            return query.mapTo(Boolean.class).one();
        });
    }

    private static void bindSlot(SqlStatement<?> query, SlotSearch search, Instant from, Instant until) {
        TimeBands bands = search.bands();
        query.bind("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .bind("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .bind("minutes", search.minutes())
                .bind("exam", search.examCode())
                .bind("sedation", search.sedation())
                .bind("anyTime", bands.anyTime())
                .bind("morning", bands.has(TimeBands.Band.MORNING))
                .bind("afternoon", bands.has(TimeBands.Band.AFTERNOON))
                .bind("evening", bands.has(TimeBands.Band.EVENING))
                .bind("weekend", bands.has(TimeBands.Band.WEEKEND));
    }

    private static void bindRoom(SqlStatement<?> query, ChoiceRequest request) {
        query.bind("modality", request.modality().name())
                .bindArray(
                        "capabilities",
                        String.class,
                        request.roomNeeds().stream().map(Capability::name).toList())
                .bind("weight", request.weightKg().orElse(0));
    }
}
