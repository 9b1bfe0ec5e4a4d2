package org.imagingnetwork.core.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestRepository.RequestChanges;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Runs one command on one request in one transaction, so that a refusal changes nothing and a
 * change commits with its event rows and any move the appointability rules then make.
 */
final class CommandTransaction {
    private final RequestRepository requests;
    private final AppointabilityPolicy policy;
    private final Clock clock;

    CommandTransaction(RequestRepository requests, AppointabilityPolicy policy, Clock clock) {
        this.requests = requests;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The one path every command takes: check the input, lock the request, refuse what its state
     * does not allow, apply the data change and the move, then assess the appointability rules.
     */
    RequestOutcome run(
            RequestCommand command,
            Optional<RequestState> to,
            String reason,
            List<FieldError> inputErrors,
            DataChange data) {
        return run(command, to, reason, inputErrors, data, Optional.empty());
    }

    /** As {@link #run(RequestCommand, Optional, String, List, DataChange)}, writing the audit row with the change. */
    RequestOutcome run(
            RequestCommand command,
            Optional<RequestState> to,
            String reason,
            List<FieldError> inputErrors,
            DataChange data,
            Optional<CommandAudit> audit) {
        List<FieldError> errors = new ArrayList<>(inputErrors);
        if (ReferralValidation.blank(command.actor())) {
            errors.add(new FieldError("actor", "Say who is making the change"));
        }
        if (!errors.isEmpty()) {
            return new RequestOutcome.Invalid(errors);
        }
        Optional<Request> found = requests.find(command.request());
        if (found.isEmpty()) {
            return new RequestOutcome.NotFound(command.request());
        }
        // A request's trust never changes, so its rules can be read before the transaction.
        AppointabilityPolicy.Assessor assessor =
                policy.forTrust(found.get().referral().referringTrust());
        Instant now = clock.instant();
        return requests.inTransaction(tx -> {
            Request request = (to.isPresent() ? tx.lockWithAppointment(command.request()) : tx.lock(command.request()))
                    .orElseThrow();
            if (to.isPresent() && !request.state().canMoveTo(to.get())) {
                return new RequestOutcome.IllegalMove(request.id(), request.state(), to.get());
            }
            if (to.isEmpty() && !request.state().isOpen()) {
                return new RequestOutcome.Closed(request.id(), request.state());
            }
            data.apply(tx, request);
            List<RequestEvent> events = new ArrayList<>();
            to.ifPresent(state -> {
                Transition move =
                        Transition.of(request.id(), request.state(), state, command.actor(), reason.strip(), now);
                events.add(apply(tx, move));
                // The appointment ends in the move's transaction, so the request and its appointment
                // never disagree; the database refuses the commit if they would (V29).
                if (move.from() == RequestState.APPOINTED) {
                    tx.endAppointment(move.request(), AppointmentEnd.of(move), move.reason(), now);
                }
            });
            Request changed = tx.lock(request.id()).orElseThrow();
            if (changed.state() == RequestState.VETTED) {
                assessor.firstHolding(changed, London.clinicDay(now))
                        .ifPresent(rule -> events.add(apply(
                                tx,
                                new Transition(
                                        changed.id(),
                                        RequestState.VETTED,
                                        RequestState.WAITING,
                                        command.actor(),
                                        "Appointable: rule '" + rule.name() + "' holds",
                                        Optional.of(rule.id()),
                                        now))));
            }
            if (changed.state() == RequestState.WAITING
                    && command instanceof RequestCommand.Reassess
                    && assessor.firstHolding(changed, London.clinicDay(now)).isEmpty()) {
                tx.madeAppointableBy(changed.id())
                        .ifPresent(rule -> events.add(apply(
                                tx,
                                new Transition(
                                        changed.id(),
                                        RequestState.WAITING,
                                        RequestState.VETTED,
                                        command.actor(),
                                        "No longer appointable: rule '" + rule.name() + "' no longer holds",
                                        Optional.of(rule.id()),
                                        now))));
            }
            Request after = tx.lock(request.id()).orElseThrow();
            Optional<AuditRecord> audited = audit.map(a -> a.of(after, events));
            if (events.stream().anyMatch(e -> e.to() == RequestState.REJECTED)) {
                OdsCode referrer = after.referral().referringTrust();
                tx.tellReferrerOfRejection(after.id(), referrer, rejectedBy(audited, referrer), now);
            }
            audited.ifPresent(entry -> tx.audit(entry, now));
            return new RequestOutcome.Changed(after, events);
        });
    }

    /**
     * The organisation whose member of staff rejected the referral, as their audit row names it; a
     * rejection with no staff audit row (the platform's own) is the referring trust's own decision.
     */
    private static OdsCode rejectedBy(Optional<AuditRecord> audited, OdsCode referrer) {
        return audited.map(AuditRecord::organisation)
                .filter(organisation -> !organisation.isBlank())
                .map(OdsCode::new)
                .orElse(referrer);
    }

    private static RequestEvent apply(RequestChanges tx, Transition transition) {
        if (!tx.move(transition)) {
            throw new IllegalStateException("request " + transition.request() + " moved under its lock");
        }
        return new RequestEvent(
                transition.request(),
                transition.at(),
                transition.actor(),
                Optional.of(transition.from()),
                transition.to(),
                transition.reason(),
                transition.ruleId());
    }

    /** What a command changes besides the state, applied after the state checks pass. */
    @FunctionalInterface
    interface DataChange {
        void apply(RequestChanges tx, Request request);

        static DataChange none() {
            return (tx, request) -> {};
        }
    }
}
