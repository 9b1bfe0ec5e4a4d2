package org.imagingnetwork.console.booking;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.notify.Channel;
import org.imagingnetwork.core.notify.NotifyMessages;
import org.imagingnetwork.core.notify.Reach;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.signin.SignInLinks;

/**
 * Sends a patient a link to sign in to the portal, as a clerk asked: by text or email through GOV.UK
 * Notify, or on a letter the booking office prints. The link works only once it is recorded, with the
 * clerk's audit row in the same transaction, and it is recorded only after Notify took the message:
 * a refused message leaves no link and an audit row saying it was not sent.
 */
@Singleton
final class LinkSending {

    /** What came of sending. */
    sealed interface Outcome {
        record Sent(Channel channel) implements Outcome {}

        /** The link is recorded; the letter carrying it is ready to print. */
        record LetterReady(UUID link) implements Outcome {}

        record NotSent(Channel channel) implements Outcome {}
    }

    private final SignInLinks links;
    private final NotifyMessages notify;
    private final AuditLog audit;
    private final long lifetimeDays;

    LinkSending(SignInLinks links, NotifyMessages notify, AuditLog audit, SignInLinkSettings settings) {
        this.links = links;
        this.notify = notify;
        this.audit = audit;
        this.lifetimeDays = settings.lifetime().toDays();
    }

    /** Sends by {@code channel}, which the caller checked the patient can be reached by. */
    Outcome send(StaffUser user, RequestRecord request, Patient patient, Channel channel) {
        SignInLinks.Issued link = links.prepare(patient.id());
        String about = "Sign-in link for request " + request.id().value();
        if (channel == Channel.LETTER) {
            links.record(link, record(user, AuditActions.SIGN_IN_LINK_SENT, patient, about + " sent by letter"));
            return new Outcome.LetterReady(link.id());
        }
        Reach reach = Reach.of(patient);
        String words = LinkWords.message(patient.language(), link.url(), lifetimeDays);
        NotifyMessages.Sent sent = channel == Channel.TEXT
                ? notify.text(reach.mobile().orElseThrow(), words)
                : notify.email(reach.email().orElseThrow(), words);
        if (sent instanceof NotifyMessages.Sent.Accepted accepted) {
            links.record(
                    link,
                    record(
                            user,
                            AuditActions.SIGN_IN_LINK_SENT,
                            patient,
                            about + " sent by " + words(channel) + " (Notify reference " + accepted.reference() + ")"));
            return new Outcome.Sent(channel);
        }
        int status = ((NotifyMessages.Sent.Refused) sent).httpStatus();
        audit.record(record(
                user,
                AuditActions.SIGN_IN_LINK_NOT_SENT,
                patient,
                about + " not sent by " + words(channel) + ": Notify answered "
                        + (status == 0 ? "nothing" : "HTTP " + status)));
        return new Outcome.NotSent(channel);
    }

    static String words(Channel channel) {
        return switch (channel) {
            case TEXT -> "text message";
            case EMAIL -> "email";
            case LETTER -> "letter";
        };
    }

    private static AuditRecord record(StaffUser user, String action, Patient patient, String detail) {
        return AuditRecord.by(user.staffActor(), action, Optional.of(patient.id()), detail, RequestAccess.WHY);
    }
}
