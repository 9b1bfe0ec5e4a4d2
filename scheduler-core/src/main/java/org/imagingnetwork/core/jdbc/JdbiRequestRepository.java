package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.AppointabilityPolicy;
import org.imagingnetwork.core.request.AppointmentEnd;
import org.imagingnetwork.core.request.NewRequest;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestEvent;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestRepository;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.Transition;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

@Singleton
public final class JdbiRequestRepository implements RequestRepository {
    private final Jdbi jdbi;

    @Inject
    public JdbiRequestRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Request> find(RequestId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from request where id = :id")
                .bind("id", id.value())
                .map(RequestRows::request)
                .findOne());
    }

    @Override
    public List<Request> ofPatient(PatientId patient) {
        return jdbi.withHandle(
                h -> h.createQuery("select * from request where patient_id = :patient order by received_at, id")
                        .bind("patient", patient.value())
                        .map(RequestRows::request)
                        .list());
    }

    @Override
    public List<RequestEvent> history(RequestId id) {
        return jdbi.withHandle(h -> h.createQuery("select * from request_event where request_id = :id order by id")
                .bind("id", id.value())
                .map(RequestRows::event)
                .list());
    }

    @Override
    public List<RequestId> inState(RequestState state, Optional<OdsCode> trust) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select id from request
                        where state = :state and (cast(:trust as text) is null or referring_trust = :trust)
                        order by received_at, id
                        """)
                .bind("state", state.name())
                .bind("trust", trust.map(OdsCode::value).orElse(null))
                .map((rs, ctx) -> new RequestId(rs.getLong("id")))
                .list());
    }

    @Override
    public List<RequestId> waitingOnDatedResults() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.id from request r
                        where r.state = 'WAITING' and r.needs_contrast
                          and exists (select 1 from request_event e
                                      where e.request_id = r.id and e.to_state = 'WAITING' and e.rule_id is not null)
                        order by r.id
                        """)
                .map((rs, ctx) -> new RequestId(rs.getLong("id")))
                .list());
    }

    @Override
    public <T> T inTransaction(Function<RequestChanges, T> work) {
        return jdbi.inTransaction(h -> work.apply(new HandleChanges(h)));
    }

    /** The changes of one transaction, on its handle. */
    private record HandleChanges(Handle handle) implements RequestChanges {

        @Override
        public Optional<Request> lock(RequestId id) {
            return handle.createQuery("select * from request where id = :id for update")
                    .bind("id", id.value())
                    .map(RequestRows::request)
                    .findOne();
        }

        @Override
        public Optional<Request> lockWithAppointment(RequestId id) {
            AppointmentEnding.lockBooked(handle, id);
            return lock(id);
        }

        @Override
        public RequestId insert(NewRequest request, String actor, String reason) {
            long id = handle.createQuery("""
                            insert into request (patient_id, exam_code, priority, due_date, referring_trust, referring_clinician,
                                                 received_at, breach_date, state, needs_sedation, needs_general_anaesthetic,
                                                 weight_kg, claustrophobic, needs_contrast, acceptable_sites, max_travel_km,
                                                 short_notice, short_notice_hours)
                            values (:patient, :exam, :priority, :due, :trust, :clinician, :receivedAt, :breach, 'RECEIVED',
                                    :sedation, :ga, :weight, :claustrophobic, :contrast, :sites, :maxTravel,
                                    :shortNotice, :shortNoticeHours)
                            returning id
                            """)
                    .bind("patient", request.patient().value())
                    .bind("exam", request.exam().value())
                    .bind("priority", request.priority().name())
                    .bind("due", request.dueDate().orElse(null))
                    .bind("trust", request.referral().referringTrust().value())
                    .bind("clinician", request.referral().clinician())
                    .bind("receivedAt", Rows.utc(request.receivedAt()))
                    .bind("breach", request.breachDate())
                    .bind("sedation", request.needs().needsSedation())
                    .bind("ga", request.needs().needsGeneralAnaesthetic())
                    .bind(
                            "weight",
                            request.needs().weightKg().isPresent()
                                    ? request.needs().weightKg().getAsInt()
                                    : null)
                    .bind("claustrophobic", request.needs().claustrophobic())
                    .bind("contrast", request.needs().needsContrast())
                    .bind(
                            "sites",
                            request.preferences().acceptableSites().stream()
                                    .map(OdsCode::value)
                                    .sorted()
                                    .toArray(String[]::new))
                    .bind(
                            "maxTravel",
                            request.preferences().maxTravelKm().isPresent()
                                    ? request.preferences().maxTravelKm().getAsInt()
                                    : null)
                    .bind("shortNotice", request.preferences().shortNotice().isPresent())
                    .bind(
                            "shortNoticeHours",
                            request.preferences()
                                    .shortNotice()
                                    .map(d -> (int) d.toHours())
                                    .orElse(null))
                    .mapTo(Long.class)
                    .one();
            handle.createUpdate("""
                            insert into request_event (request_id, occurred_at, actor, from_state, to_state, reason)
                            values (:id, :at, :actor, null, 'RECEIVED', :reason)
                            """)
                    .bind("id", id)
                    .bind("at", Rows.utc(request.receivedAt()))
                    .bind("actor", actor)
                    .bind("reason", reason)
                    .execute();
            return new RequestId(id);
        }

        @Override
        public void setProtocol(RequestId id, String protocol) {
            handle.createUpdate("update request set protocol = :protocol, version = version + 1 where id = :id")
                    .bind("id", id.value())
                    .bind("protocol", protocol)
                    .execute();
        }

        @Override
        public void recordEgfr(RequestId id, int egfr, LocalDate measuredOn) {
            handle.createUpdate("""
                            update request set egfr = :egfr, egfr_measured_on = :measuredOn, version = version + 1
                            where id = :id
                            """)
                    .bind("id", id.value())
                    .bind("egfr", egfr)
                    .bind("measuredOn", measuredOn)
                    .execute();
        }

        @Override
        public void recordWeight(RequestId id, int weightKg) {
            handle.createUpdate("update request set weight_kg = :weight, version = version + 1 where id = :id")
                    .bind("id", id.value())
                    .bind("weight", weightKg)
                    .execute();
        }

        @Override
        public Optional<AppointabilityPolicy.FiredRule> madeAppointableBy(RequestId id) {
            return handle.createQuery("""
                            select r.id, r.name from request_event e join appointability_rule r on r.id = e.rule_id
                            where e.request_id = :id and e.to_state = 'WAITING'
                            order by e.id desc limit 1
                            """)
                    .bind("id", id.value())
                    .map((rs, ctx) -> new AppointabilityPolicy.FiredRule(rs.getLong("id"), rs.getString("name")))
                    .findOne();
        }

        @Override
        public void audit(AuditRecord entry, Instant at) {
            JdbiAuditLog.write(handle, at, entry);
        }

        @Override
        public void tellReferrerOfRejection(RequestId id, OdsCode referringTrust, OdsCode rejectedBy, Instant at) {
            handle.createUpdate("""
                            insert into outbox (request_id, owner_ods_code, trust_ods_code, change, created_at, next_attempt_at)
                            values (:request, :owner, :trust, :change, :at, :at)
                            """)
                    .bind("request", id.value())
                    .bind("owner", rejectedBy.value())
                    .bind("trust", referringTrust.value())
                    .bind("change", OutboxChange.REFERRAL_REJECTED.name())
                    .bind("at", Rows.utc(at))
                    .execute();
        }

        @Override
        public boolean move(Transition transition) {
            return RequestTransitions.apply(handle, transition);
        }

        @Override
        public boolean endAppointment(RequestId id, AppointmentEnd end, String reason, Instant at) {
            return AppointmentEnding.end(handle, id, end, reason, at);
        }
    }
}
