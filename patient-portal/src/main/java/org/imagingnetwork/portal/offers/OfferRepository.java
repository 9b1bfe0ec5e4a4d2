package org.imagingnetwork.portal.offers;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Released slots, the patients who could take them, and the offers made. */
@Singleton
class OfferRepository {

    private final Jdbi jdbi;

    OfferRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    <T> T inTransaction(java.util.function.Function<Handle, T> work) {
        return jdbi.inTransaction(work::apply);
    }

    /**
     * Releases that need offers: never handled, or whose offers have all lapsed while the slot is
     * still free. Locked and skipped by other instances sweeping at the same time.
     */
    List<Long> releasesNeedingOffers(Handle h, Instant now, int limit) {
        return h.createQuery("""
                        select sr.id from slot_release sr join slot s on s.id = sr.slot_id
                        where s.status = 'FREE' and s.starts_at > :now and sr.offers_exhausted_at is null
                          and (sr.handled_at is null
                               or not exists (select 1 from slot_offer o where o.release_id = sr.id
                                              and o.status = 'OFFERED' and o.expires_at > :now)
                                  and not exists (select 1 from slot_offer o where o.release_id = sr.id and o.status = 'ACCEPTED'))
                        order by sr.id
                        limit :limit
                        for update of sr skip locked
                        """)
                .bind("now", utc(now))
                .bind("limit", limit)
                .mapTo(Long.class)
                .list();
    }

    Optional<ReleasedSlot> lockRelease(Handle h, long releaseId, Instant now) {
        return h.createQuery("""
                        select sr.id, s.id as slot_id, s.starts_at, si.ods_code, si.latitude, si.longitude
                        from slot_release sr
                        join slot s on s.id = sr.slot_id
                        join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        where sr.id = :id and s.status = 'FREE' and s.starts_at > :now and sr.offers_exhausted_at is null
                        for update of sr skip locked
                        """)
                .bind("id", releaseId)
                .bind("now", utc(now))
                .map((rs, ctx) -> new ReleasedSlot(
                        rs.getLong("id"),
                        new SlotId(rs.getLong("slot_id")),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getString("ods_code"),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"))))
                .findOne();
    }

    /**
     * Patients who could take this slot, most urgent first and then longest waiting: they asked for
     * short notice and the slot gives them enough; the slot's session runs their exam in a room with
     * the equipment, long enough for their age, at a site that sees them and that they accept; and
     * they are either waiting or booked later than this slot. Nobody is asked twice about one release
     * or while another offer to them is open.
     */
    List<Candidate> candidates(Handle h, ReleasedSlot released, Instant now, int limit) {
        return h.createQuery("""
                        with target as (
                            select s.id, s.starts_at, s.ends_at, se.allowed_exams, ro.capabilities,
                                   coalesce(ro.max_patient_weight_kg, 150) as max_weight, si.ods_code as site,
                                   si.min_child_age, (s.starts_at at time zone 'Europe/London')::date as clinic_day
                            from slot s join session se on se.id = s.session_id
                            join room ro on ro.id = s.room_id join site si on si.ods_code = ro.site_ods_code
                            where s.id = :slot and se.status = 'RELEASED'
                        )
                        select r.id, r.patient_id, p.postcode, r.max_travel_km
                        from target t
                        join request r on r.exam_code = any(t.allowed_exams)
                        join patient p on p.id = r.patient_id
                        join exam e on e.code = r.exam_code
                        left join appointment a on a.request_id = r.id and a.status = 'BOOKED'
                        left join slot current_slot on current_slot.id = a.slot_id
                        where r.short_notice
                          and t.starts_at >= :now + make_interval(hours => r.short_notice_hours)
                          and (r.state = 'WAITING' or (r.state = 'APPOINTED' and current_slot.starts_at > t.starts_at))
                          and e.required_capabilities <@ t.capabilities
                          and (not r.needs_general_anaesthetic or 'GENERAL_ANAESTHETIC_SUPPORT' = any(t.capabilities))
                          and (r.weight_kg is null or r.weight_kg <= t.max_weight)
                          and (cardinality(r.acceptable_sites) = 0 or t.site = any(r.acceptable_sites))
                          and (extract(year from age(t.clinic_day, p.date_of_birth)) >= 18
                               or (t.min_child_age is not null and extract(year from age(t.clinic_day, p.date_of_birth)) >= t.min_child_age))
                          and t.ends_at - t.starts_at >= make_interval(mins => coalesce(
                                (select d.minutes from exam_duration d where d.exam_code = r.exam_code and d.age_band =
                                    case when extract(year from age(t.clinic_day, p.date_of_birth)) < 5 then 'INFANT'
                                         when extract(year from age(t.clinic_day, p.date_of_birth)) < 18 then 'CHILD'
                                         else 'ADULT' end),
                                (select d.minutes from exam_duration d where d.exam_code = r.exam_code and d.age_band = 'ADULT')))
                          and not exists (select 1 from slot_offer o where o.request_id = r.id and o.release_id = :release)
                          and not exists (select 1 from slot_offer o where o.request_id = r.id and o.status = 'OFFERED' and o.expires_at > :now)
                        order by case r.priority when 'URGENT' then 0 when 'TWO_WEEK_WAIT' then 1 when 'ROUTINE' then 2 else 3 end,
                                 r.received_at, r.id
                        limit :limit
                        """)
                .bind("slot", released.slot().value())
                .bind("release", released.releaseId())
                .bind("now", utc(now))
                .bind("limit", limit)
                .map((rs, ctx) -> new Candidate(
                        new RequestId(rs.getLong("id")),
                        new PatientId(rs.getLong("patient_id")),
                        rs.getString("postcode"),
                        (Integer) rs.getObject("max_travel_km")))
                .list();
    }

    void insertOffer(Handle h, UUID id, ReleasedSlot released, Candidate candidate, Instant now, Instant expiresAt) {
        h.createUpdate("""
                        insert into slot_offer (id, release_id, slot_id, request_id, patient_id, offered_at, expires_at)
                        values (:id, :release, :slot, :request, :patient, :now, :expires)
                        """)
                .bind("id", id)
                .bind("release", released.releaseId())
                .bind("slot", released.slot().value())
                .bind("request", candidate.request().value())
                .bind("patient", candidate.patient().value())
                .bind("now", utc(now))
                .bind("expires", utc(expiresAt))
                .execute();
    }

    void markHandled(Handle h, long releaseId, Instant now, boolean exhausted) {
        h.createUpdate("""
                        update slot_release set handled_at = coalesce(handled_at, :now),
                            offers_exhausted_at = case when :exhausted then :now else offers_exhausted_at end
                        where id = :id
                        """)
                .bind("id", releaseId)
                .bind("now", utc(now))
                .bind("exhausted", exhausted)
                .execute();
    }

    int expireLapsed(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        update slot_offer set status = 'EXPIRED', answered_at = :now
                        where status = 'OFFERED' and expires_at <= :now
                        """).bind("now", utc(now)).execute());
    }

    Optional<Offer> find(PatientId patient, UUID id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select o.id, o.slot_id, o.request_id, o.patient_id, o.expires_at, o.status, s.starts_at,
                               si.name as site_name, si.postcode as site_postcode, e.name as exam_name,
                               a.id as current_id, cs.starts_at as current_start
                        from slot_offer o
                        join slot s on s.id = o.slot_id
                        join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code
                        join request r on r.id = o.request_id
                        join exam e on e.code = r.exam_code
                        left join appointment a on a.request_id = r.id and a.status = 'BOOKED'
                        left join slot cs on cs.id = a.slot_id
                        where o.id = :id and o.patient_id = :patient
                        """)
                .bind("id", id)
                .bind("patient", patient.value())
                .map((rs, ctx) -> offer(rs))
                .findOne());
    }

    /** Records the answer if the offer is still open; false when it was already answered or lapsed. */
    boolean answer(UUID id, String status, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        update slot_offer set status = :status, answered_at = :now
                        where id = :id and status = 'OFFERED'
                        """)
                        .bind("id", id)
                        .bind("status", status)
                        .bind("now", utc(now))
                        .execute())
                == 1;
    }

    /** The slot was booked by someone: every other open offer of it has gone. */
    void othersGone(SlotId slot, UUID accepted, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update slot_offer set status = 'GONE', answered_at = :now
                        where slot_id = :slot and id <> :accepted and status = 'OFFERED'
                        """)
                .bind("slot", slot.value())
                .bind("accepted", accepted)
                .bind("now", utc(now))
                .execute());
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        UUID current = rs.getObject("current_id", UUID.class);
        OffsetDateTime currentStart = rs.getObject("current_start", OffsetDateTime.class);
        return new Offer(
                rs.getObject("id", UUID.class),
                new SlotId(rs.getLong("slot_id")),
                new RequestId(rs.getLong("request_id")),
                new PatientId(rs.getLong("patient_id")),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                rs.getString("status"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getString("site_name"),
                rs.getString("site_postcode"),
                rs.getString("exam_name"),
                current == null ? null : new AppointmentId(current),
                currentStart == null ? null : currentStart.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
