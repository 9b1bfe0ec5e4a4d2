package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.offer.MadeOffer;
import org.imagingnetwork.core.offer.NewOffer;
import org.imagingnetwork.core.offer.Offer;
import org.imagingnetwork.core.offer.OfferBook;
import org.imagingnetwork.core.offer.OfferId;
import org.imagingnetwork.core.offer.OfferOutcome;
import org.imagingnetwork.core.offer.OfferStatus;
import org.imagingnetwork.core.offer.PatientOffer;
import org.imagingnetwork.core.offer.ReleaseOffering;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Offers in PostgreSQL. A planner's proposals are published in one transaction: requests locked in
 * id order, then slots in id order, so two publishers wait for each other rather than deadlock; the
 * partial unique indexes on open offers have the last word, and a refusal by them is an outcome, not
 * an exception. Released slots are offered by {@link ReleasedSlotOffers}; the booking transaction
 * ({@link JdbiBookingUnit}) settles the open offers of every slot it books.
 */
@Singleton
public final class JdbiOfferBook implements OfferBook {

    private final Jdbi jdbi;

    @Inject
    public JdbiOfferBook(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<OfferOutcome> publish(
            List<NewOffer> offers, String actor, String source, Instant now, Duration validFor) {
        List<NewOffer> ordered = offers.stream()
                .sorted(Comparator.comparingLong((NewOffer o) -> o.request().value()))
                .toList();
        return jdbi.inTransaction(h -> {
            List<OfferOutcome> outcomes = new ArrayList<>();
            for (NewOffer offer : ordered) {
                outcomes.add(publishOne(h, offer, actor, source, now, now.plus(validFor)));
            }
            return outcomes;
        });
    }

    private static OfferOutcome publishOne(
            Handle h, NewOffer proposal, String actor, String source, Instant now, Instant expires) {
        boolean waiting = h.createQuery("""
                        select r.id from request r
                        where r.id = :request and r.state = 'WAITING'
                          and not exists (select 1 from offer o where o.request_id = r.id and o.status = 'OPEN')
                        for update of r
                        """)
                .bind("request", proposal.request().value())
                .mapTo(Long.class)
                .findOne()
                .isPresent();
        if (!waiting) {
            return new OfferOutcome.RequestNotWaiting(proposal.request());
        }
        boolean free = h.createQuery("""
                        select s.id from slot s
                        where s.id = :slot and s.status = 'FREE'
                          and not exists (select 1 from offer o where o.slot_id = s.id and o.status = 'OPEN')
                        for update of s
                        """)
                .bind("slot", proposal.slot().value())
                .mapTo(Long.class)
                .findOne()
                .isPresent();
        if (!free) {
            return new OfferOutcome.SlotNotFree(proposal.slot());
        }
        Offer offer = new Offer(
                new OfferId(UUID.randomUUID()),
                proposal.request(),
                proposal.slot(),
                OfferStatus.OPEN,
                now,
                actor,
                expires,
                Optional.of(source));
        int inserted = h.createUpdate("""
                        insert into offer (id, request_id, slot_id, status, offered_at, offered_by, expires_at, source)
                        values (:id, :request, :slot, 'OPEN', :at, :by, :expires, :source)
                        on conflict do nothing
                        """)
                .bind("id", offer.id().value())
                .bind("request", offer.request().value())
                .bind("slot", offer.slot().value())
                .bind("at", Rows.utc(now))
                .bind("by", actor)
                .bind("expires", Rows.utc(expires))
                .bind("source", source)
                .execute();
        return inserted == 1 ? new OfferOutcome.Offered(offer) : new OfferOutcome.SlotNotFree(proposal.slot());
    }

    @Override
    public List<MadeOffer> offerRelease(long releaseId, ReleaseOffering rules, Instant now) {
        return jdbi.inTransaction(h -> {
            expireLapsed(h, now);
            return ReleasedSlotOffers.offer(h, releaseId, rules, now);
        });
    }

    @Override
    public List<MadeOffer> offerWaitingReleases(ReleaseOffering rules, Instant now, int limit) {
        return jdbi.inTransaction(h -> {
            expireLapsed(h, now);
            List<MadeOffer> made = new ArrayList<>();
            for (long releaseId : ReleasedSlotOffers.needingOffers(h, now, limit)) {
                made.addAll(ReleasedSlotOffers.offer(h, releaseId, rules, now));
            }
            return made;
        });
    }

    @Override
    public int expireLapsed(Instant now) {
        return jdbi.withHandle(h -> expireLapsed(h, now));
    }

    private static int expireLapsed(Handle h, Instant now) {
        return h.createUpdate("""
                        update offer set status = 'EXPIRED', answered_at = :now, version = version + 1
                        where status = 'OPEN' and expires_at <= :now
                        """).bind("now", Rows.utc(now)).execute();
    }

    @Override
    public Optional<PatientOffer> ofPatient(PatientId patient, OfferId offer) {
        return jdbi.withHandle(h -> h.createQuery(PATIENT_OFFER + "where o.id = :id and r.patient_id = :patient")
                .bind("id", offer.value())
                .bind("patient", patient.value())
                .map((rs, ctx) -> patientOffer(rs))
                .findOne());
    }

    @Override
    public Optional<PatientOffer> openFor(PatientId patient, RequestId request, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(PATIENT_OFFER + """
                        where o.request_id = :request and r.patient_id = :patient and o.status = 'OPEN'
                          and o.expires_at > :now and s.starts_at > :now
                        """)
                .bind("request", request.value())
                .bind("patient", patient.value())
                .bind("now", Rows.utc(now))
                .map((rs, ctx) -> patientOffer(rs))
                .findOne());
    }

    private static final String PATIENT_OFFER = """
            select o.id, o.slot_id, o.request_id, r.patient_id, o.expires_at, o.status, s.starts_at,
                   si.name as site_name, si.postcode as site_postcode, e.name as exam_name, e.name_welsh as exam_name_welsh,
                   a.id as current_id, cs.starts_at as current_start
            from offer o
            join request r on r.id = o.request_id
            join slot s on s.id = o.slot_id
            join room ro on ro.id = s.room_id
            join site si on si.ods_code = ro.site_ods_code
            join exam e on e.code = r.exam_code
            left join appointment a on a.request_id = r.id and a.status = 'BOOKED'
            left join slot cs on cs.id = a.slot_id
            """;

    private static PatientOffer patientOffer(ResultSet rs) throws SQLException {
        return new PatientOffer(
                new OfferId(rs.getObject("id", UUID.class)),
                new SlotId(rs.getLong("slot_id")),
                new RequestId(rs.getLong("request_id")),
                new PatientId(rs.getLong("patient_id")),
                OfferStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "expires_at"),
                Rows.instant(rs, "starts_at"),
                rs.getString("site_name"),
                rs.getString("site_postcode"),
                rs.getString("exam_name"),
                Optional.ofNullable(rs.getString("exam_name_welsh")),
                Optional.ofNullable(rs.getObject("current_id", UUID.class)).map(AppointmentId::new),
                Optional.ofNullable(Rows.instant(rs, "current_start")));
    }

    @Override
    public boolean close(OfferId offer, OfferStatus answer, Instant now) {
        if (answer != OfferStatus.DECLINED && answer != OfferStatus.GONE) {
            throw new IllegalArgumentException("an offer is closed as declined or gone, not " + answer);
        }
        return jdbi.withHandle(h -> h.createUpdate("""
                                update offer set status = :status, answered_at = :now, version = version + 1
                                where id = :id and status = 'OPEN'
                                """)
                        .bind("id", offer.value())
                        .bind("status", answer.name())
                        .bind("now", Rows.utc(now))
                        .execute())
                == 1;
    }

    @Override
    public List<Offer> ofRequest(RequestId request) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from offer where request_id = :request order by offered_at desc, id")
                .bind("request", request.value())
                .map((rs, ctx) -> new Offer(
                        new OfferId(rs.getObject("id", UUID.class)),
                        new RequestId(rs.getLong("request_id")),
                        new SlotId(rs.getLong("slot_id")),
                        OfferStatus.valueOf(rs.getString("status")),
                        Rows.instant(rs, "offered_at"),
                        rs.getString("offered_by"),
                        Rows.instant(rs, "expires_at"),
                        Optional.ofNullable(rs.getString("source"))))
                .list());
    }
}
