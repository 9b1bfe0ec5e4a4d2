package org.imagingnetwork.core.request;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.exam.ExamCatalogue;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Receives referrals and moves requests through their life: vetting, protocolling, the results
 * contrast and sedation need, cancellation and what the RIS reports. Every command is one
 * transaction: a refused command changes nothing; an accepted one writes its event rows with it.
 * After any change that could make a vetted request appointable, the trust's rules are assessed
 * and the first that holds moves it to WAITING.
 */
@Singleton
public final class RequestService {
    private static final String EGFR_RANGE = "eGFR must be between 0 and 200";
    private static final String MEASURED_ON = "Enter the date the blood test was taken, not in the future";

    private final RequestRepository requests;
    private final CommandTransaction transaction;
    private final ReferralValidation referrals;
    private final Clock clock;

    @Inject
    public RequestService(
            RequestRepository requests,
            PatientRepository patients,
            ExamCatalogue exams,
            NetworkDirectory network,
            AppointabilityPolicy policy,
            Clock clock) {
        this.requests = requests;
        this.transaction = new CommandTransaction(requests, policy, clock);
        this.referrals = new ReferralValidation(patients, exams, network);
        this.clock = clock;
    }

    public ReceiveOutcome receive(ReceiveReferral referral) {
        ReferralValidation.Checked checked = referrals.check(referral, clock.instant());
        if (checked.request().isEmpty()) {
            return new ReceiveOutcome.Invalid(checked.errors());
        }
        NewRequest request = checked.request().get();
        String reason = "Referral from " + request.referral().referringTrust() + " by "
                + request.referral().clinician();
        Request saved = requests.inTransaction(tx -> {
            RequestId id = tx.insert(request, referral.actor(), reason);
            return tx.lock(id).orElseThrow();
        });
        return new ReceiveOutcome.Received(saved);
    }

    public RequestOutcome accept(RequestCommand.Accept command) {
        Optional<String> protocol = Optional.ofNullable(command.protocol()).filter(p -> !p.isBlank());
        return transaction.run(
                command,
                Optional.of(RequestState.VETTED),
                "Accepted at vetting",
                List.of(),
                (tx, request) -> protocol.ifPresent(p -> tx.setProtocol(request.id(), p.strip())));
    }

    /**
     * Justifies a received referral in one transaction: the protocol, any eGFR and weight, and the
     * move to VETTED, after which the rules are assessed; the audit row commits with them.
     */
    public RequestOutcome justify(RequestCommand.Justify command, CommandAudit audit) {
        List<FieldError> errors = new ArrayList<>();
        if (ReferralValidation.blank(command.protocol())) {
            errors.add(new FieldError("protocol", "Enter the protocol"));
        } else if (command.protocol().strip().length() > 200) {
            errors.add(new FieldError("protocol", "Enter a protocol of up to 200 characters"));
        }
        if (command.egfr().isPresent() != command.egfrMeasuredOn().isPresent()) {
            errors.add(
                    command.egfr().isPresent()
                            ? new FieldError("egfrMeasuredOn", "Enter the date the blood test was taken")
                            : new FieldError("egfr", "Enter the eGFR measured on that date"));
        }
        command.egfr()
                .ifPresent(egfr -> egfrErrors(egfr, command.egfrMeasuredOn().orElse(null), errors));
        command.weightKg().ifPresent(weight -> weightErrors(weight, errors));
        String reason = ReferralValidation.blank(command.protocol())
                ? ""
                : "Justified with protocol '" + command.protocol().strip() + "'";
        return transaction.run(
                command,
                Optional.of(RequestState.VETTED),
                reason,
                errors,
                (tx, request) -> {
                    tx.setProtocol(request.id(), command.protocol().strip());
                    command.egfr()
                            .ifPresent(egfr -> tx.recordEgfr(
                                    request.id(), egfr, command.egfrMeasuredOn().orElseThrow()));
                    command.weightKg().ifPresent(weight -> tx.recordWeight(request.id(), weight));
                },
                Optional.of(audit));
    }

    public RequestOutcome reject(RequestCommand.Reject command) {
        return move(command, RequestState.REJECTED, command.reason(), "reason");
    }

    /** Rejects at vetting with the reason the referrer is told, writing the audit row in the same transaction. */
    public RequestOutcome reject(RequestCommand.Reject command, CommandAudit audit) {
        List<FieldError> errors = ReferralValidation.blank(command.reason())
                ? List.of(new FieldError("reason", "Give a reason"))
                : List.of();
        return transaction.run(
                command,
                Optional.of(RequestState.REJECTED),
                command.reason() == null ? "" : command.reason(),
                errors,
                CommandTransaction.DataChange.none(),
                Optional.of(audit));
    }

    public RequestOutcome cancel(RequestCommand.Cancel command) {
        return move(command, RequestState.CANCELLED, command.reason(), "reason");
    }

    public RequestOutcome move(RequestCommand.Move command) {
        if (command.to() == null) {
            return new RequestOutcome.Invalid(List.of(new FieldError("to", "Choose the state to move the request to")));
        }
        if (command.to() == RequestState.APPOINTED) {
            // Only a booking appoints a request: it writes the appointment the state stands for.
            return new RequestOutcome.Invalid(
                    List.of(new FieldError("to", "Book an appointment to appoint the request")));
        }
        return move(command, command.to(), command.reason(), "reason");
    }

    public RequestOutcome recordRisStatus(RequestCommand.RisStatus command) {
        if (command.event() == null) {
            return new RequestOutcome.Invalid(List.of(new FieldError("event", "Say what the RIS reported")));
        }
        String note = command.note() == null || command.note().isBlank()
                ? ""
                : ": " + command.note().strip();
        return move(command, command.event().state(), "RIS reported " + command.event() + note, "note");
    }

    public RequestOutcome setProtocol(RequestCommand.SetProtocol command) {
        List<FieldError> errors = ReferralValidation.blank(command.protocol())
                ? List.of(new FieldError("protocol", "Enter the protocol"))
                : List.of();
        return transaction.run(
                command,
                Optional.empty(),
                "",
                errors,
                (tx, request) -> tx.setProtocol(request.id(), command.protocol().strip()));
    }

    public RequestOutcome recordEgfr(RequestCommand.RecordEgfr command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.egfr() < 0 || command.egfr() > 200) {
            errors.add(new FieldError("egfr", EGFR_RANGE));
        }
        if (command.measuredOn() == null || command.measuredOn().isAfter(today())) {
            errors.add(new FieldError("measuredOn", MEASURED_ON));
        }
        return transaction.run(
                command,
                Optional.empty(),
                "",
                errors,
                (tx, request) -> tx.recordEgfr(request.id(), command.egfr(), command.measuredOn()));
    }

    public RequestOutcome recordWeight(RequestCommand.RecordWeight command) {
        List<FieldError> errors = new ArrayList<>();
        weightErrors(command.weightKg(), errors);
        return transaction.run(
                command,
                Optional.empty(),
                "",
                errors,
                (tx, request) -> tx.recordWeight(request.id(), command.weightKg()));
    }

    /** Assesses one request's rules again; a VETTED request whose rules now hold moves to WAITING. */
    public RequestOutcome reassess(RequestCommand.Reassess command) {
        return transaction.run(command, Optional.empty(), "", List.of(), CommandTransaction.DataChange.none());
    }

    /**
     * Reassesses the trust's vetted requests (every trust's, when empty): after a rule changes, and
     * daily for rules that depend on the date. Returns how many became appointable.
     */
    public int reassessVetted(Optional<OdsCode> trust, String actor) {
        int moved = 0;
        for (RequestId id : requests.inState(RequestState.VETTED, trust)) {
            if (reassess(new RequestCommand.Reassess(id, actor)) instanceof RequestOutcome.Changed changed
                    && !changed.events().isEmpty()) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * The daily re-assessment: vetted requests whose rules have come to hold become appointable, and
     * waiting requests whose rule rested on a result that has grown too old go back to VETTED. Each
     * request is its own command, so running it twice changes nothing the second time.
     */
    public DailyReassessment.Result reassessForTheDay(String actor) {
        int lapsed = 0;
        for (RequestId id : requests.waitingOnDatedResults()) {
            if (reassess(new RequestCommand.Reassess(id, actor)) instanceof RequestOutcome.Changed changed
                    && !changed.events().isEmpty()) {
                lapsed++;
            }
        }
        return new DailyReassessment.Result(reassessVetted(Optional.empty(), actor), lapsed);
    }

    private RequestOutcome move(RequestCommand command, RequestState to, String reason, String reasonField) {
        List<FieldError> errors =
                ReferralValidation.blank(reason) ? List.of(new FieldError(reasonField, "Give a reason")) : List.of();
        return transaction.run(command, Optional.of(to), reason, errors, CommandTransaction.DataChange.none());
    }

    private void egfrErrors(int egfr, LocalDate measuredOn, List<FieldError> errors) {
        if (egfr < 0 || egfr > 200) {
            errors.add(new FieldError("egfr", EGFR_RANGE));
        }
        if (measuredOn != null && measuredOn.isAfter(today())) {
            errors.add(new FieldError("egfrMeasuredOn", MEASURED_ON));
        }
    }

    private static void weightErrors(int weightKg, List<FieldError> errors) {
        if (weightKg < 1 || weightKg > 400) {
            errors.add(new FieldError("weightKg", "Weight must be between 1 and 400 kg"));
        }
    }

    private LocalDate today() {
        return London.clinicDay(clock.instant());
    }
}
