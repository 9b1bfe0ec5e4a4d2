package org.imagingnetwork.core.notify;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Texts and emails through GOV.UK Notify's own Java client, for every app that writes to patients.
 * The caller has the words; this sends them through the one-placeholder templates. A refusal is an
 * outcome, never an exception: what the message reports has already happened.
 */
public final class NotifyMessages {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyMessages.class);

    /** What Notify made of one message. */
    public sealed interface Sent {
        /** Notify took it; {@code reference} is ours, quoted in Notify's records. */
        record Accepted(String reference) implements Sent {}

        /** Notify refused it or could not be reached; {@code httpStatus} is 0 without an answer. */
        record Refused(int httpStatus) implements Sent {}
    }

    private final NotificationClient client;
    private final NotifySettings settings;

    public NotifyMessages(NotifySettings settings) {
        this.client = new NotificationClient(settings.apiKey(), settings.baseUrl());
        this.settings = settings;
    }

    public Sent text(String mobile, String body) {
        String reference = UUID.randomUUID().toString();
        try {
            client.sendSms(settings.smsTemplate(), mobile, Map.of("body", body), reference);
            return new Sent.Accepted(reference);
        } catch (NotificationClientException e) {
            return refused("text", reference, e);
        }
    }

    public Sent email(String address, String body) {
        String reference = UUID.randomUUID().toString();
        try {
            client.sendEmail(settings.emailTemplate(), address, Map.of("body", body), reference);
            return new Sent.Accepted(reference);
        } catch (NotificationClientException e) {
            return refused("email", reference, e);
        }
    }

    private static Sent refused(String what, String reference, NotificationClientException e) {
        // Never the message or the number: they are the patient's.
        LOG.warn("Notify refused a {} (reference {}): HTTP {}", what, reference, e.getHttpResult());
        return new Sent.Refused(e.getHttpResult());
    }
}
