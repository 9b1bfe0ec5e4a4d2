package org.imagingnetwork.core.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.offer.MadeOffer;
import org.imagingnetwork.core.offer.OfferId;
import org.imagingnetwork.core.offer.ReleaseOffering;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Handle;

/**
 * The released-slot side of {@link JdbiOfferBook}, inside its caller's transaction: which releases
 * need offers, who could take a released slot, and the offers made. Releases are locked with
 * {@code SKIP LOCKED}, so instances sweeping at once share the work rather than wait or repeat it.
 */
final class ReleasedSlotOffers {

    static final String OFFERED_BY = "system:offer-engine";
    static final String SOURCE = "released slot";

    private ReleasedSlotOffers() {}

    private record Released(long releaseId, SlotId slot, Instant startsAt) {}

    private record Candidate(RequestId request, PatientId patient) {}

    /** Releases that need offers: never handled, or whose offers have all lapsed or been declined while the slot is still free. */
    static List<Long> needingOffers(Handle h, Instant now, int limit) {
        return h.createQuery("""
                        select sr.id from slot_release sr join slot s on s.id = sr.slot_id
                        where s.status = 'FREE' and s.starts_at > :now and sr.offers_exhausted_at is null
                          and (sr.handled_at is null
                               or not exists (select 1 from offer o where o.release_id = sr.id
                                              and o.status in ('OPEN', 'ACCEPTED')))
                        order by sr.id
                        limit :limit
                        for update of sr skip locked
                        """)
                .bind("now", Rows.utc(now))
                .bind("limit", limit)
                .mapTo(Long.class)
                .list();
    }

    static List<MadeOffer> offer(Handle h, long releaseId, ReleaseOffering rules, Instant now) {
        Optional<Released> found = lock(h, releaseId, now);
        if (found.isEmpty()) {
            return List.of();
        }
        Released released = found.get();
        Optional<Instant> deadline = rules.deadline(released.startsAt(), now);
        if (deadline.isEmpty()) {
            markHandled(h, releaseId, now, true);
            return List.of();
        }
        List<MadeOffer> made = new ArrayList<>();
        for (Candidate candidate : candidates(h, released, now, rules.fanOut())) {
            MadeOffer offer = new MadeOffer(
                    OfferId.random(),
                    candidate.request(),
                    candidate.patient(),
                    released.slot(),
                    released.startsAt(),
                    deadline.get());
            insert(h, offer, releaseId, now);
            made.add(offer);
        }
        markHandled(h, releaseId, now, made.isEmpty());
        return made;
    }

    private static Optional<Released> lock(Handle h, long releaseId, Instant now) {
        return h.createQuery("""
                        select sr.id, s.id as slot_id, s.starts_at
                        from slot_release sr join slot s on s.id = sr.slot_id
                        where sr.id = :id and s.status = 'FREE' and s.starts_at > :now and sr.offers_exhausted_at is null
                        for update of sr skip locked
                        """)
                .bind("id", releaseId)
                .bind("now", Rows.utc(now))
                .map((rs, ctx) -> new Released(
                        rs.getLong("id"), new SlotId(rs.getLong("slot_id")), Rows.instant(rs, "starts_at")))
                .findOne();
    }

    /**
     * Patients who could take the slot, most urgent first and then longest waiting. Distance is from
     * the centre of the patient's postcode district (or area) to the site, as "choose where" measures
     * it; a patient whose postcode cannot be placed is not ruled out by distance.
     */
    private static List<Candidate> candidates(Handle h, Released released, Instant now, int limit) {
        return h.createQuery("""
                        with target as (
                            select s.id, s.starts_at, s.ends_at, se.allowed_exams, ro.capabilities,
                                   coalesce(ro.max_patient_weight_kg, 150) as max_weight, si.ods_code as site,
                                   si.min_child_age, si.latitude, si.longitude,
                                   (s.starts_at at time zone 'Europe/London')::date as clinic_day
                            from slot s join session se on se.id = s.session_id
                            join room ro on ro.id = s.room_id join site si on si.ods_code = ro.site_ods_code
                            where s.id = :slot and se.status = 'RELEASED'
                        )
                        select r.id, r.patient_id
                        from target t
                        join request r on r.exam_code = any(t.allowed_exams)
                        join patient p on p.id = r.patient_id
                        join exam e on e.code = r.exam_code
                        left join appointment a on a.request_id = r.id and a.status = 'BOOKED'
                        left join slot current_slot on current_slot.id = a.slot_id
                        left join lateral (
                            select d.latitude, d.longitude from postcode_district d
                            where d.outward in (split_part(p.postcode, ' ', 1),
                                                regexp_replace(split_part(p.postcode, ' ', 1), '[0-9].*$', ''))
                            order by length(d.outward) desc
                            limit 1
                        ) home on true
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
                          and (r.max_travel_km is null or home.latitude is null
                               or 2 * 6371.0 * asin(sqrt(
                                    power(sin(radians(t.latitude - home.latitude) / 2), 2)
                                    + cos(radians(home.latitude)) * cos(radians(t.latitude))
                                      * power(sin(radians(t.longitude - home.longitude) / 2), 2)))
                                  <= r.max_travel_km)
                          and not exists (select 1 from offer o where o.request_id = r.id and o.release_id = :release)
                          and not exists (select 1 from offer o where o.request_id = r.id and o.status = 'OPEN')
                        order by case r.priority when 'URGENT' then 0 when 'TWO_WEEK_WAIT' then 1 when 'ROUTINE' then 2 else 3 end,
                                 r.received_at, r.id
                        limit :limit
                        """)
                .bind("slot", released.slot().value())
                .bind("release", released.releaseId())
                .bind("now", Rows.utc(now))
                .bind("limit", limit)
                .map((rs, ctx) ->
                        new Candidate(new RequestId(rs.getLong("id")), new PatientId(rs.getLong("patient_id"))))
                .list();
    }

    private static void insert(Handle h, MadeOffer offer, long releaseId, Instant now) {
        h.createUpdate("""
                        insert into offer (id, request_id, slot_id, status, offered_at, offered_by, expires_at, source, release_id)
                        values (:id, :request, :slot, 'OPEN', :now, :by, :expires, :source, :release)
                        """)
                .bind("id", offer.id().value())
                .bind("request", offer.request().value())
                .bind("slot", offer.slot().value())
                .bind("now", Rows.utc(now))
                .bind("by", OFFERED_BY)
                .bind("expires", Rows.utc(offer.expiresAt()))
                .bind("source", SOURCE)
                .bind("release", releaseId)
                .execute();
    }

    private static void markHandled(Handle h, long releaseId, Instant now, boolean exhausted) {
        h.createUpdate("""
                        update slot_release set handled_at = coalesce(handled_at, :now),
                            offers_exhausted_at = case when :exhausted then :now else offers_exhausted_at end
                        where id = :id
                        """)
                .bind("id", releaseId)
                .bind("now", Rows.utc(now))
                .bind("exhausted", exhausted)
                .execute();
    }
}
