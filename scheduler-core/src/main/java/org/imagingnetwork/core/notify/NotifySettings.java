package org.imagingnetwork.core.notify;

import java.util.Objects;

/**
 * GOV.UK Notify: the API key, where the service is (a local stand-in in tests and the demo), and the
 * two templates every message goes through. Each template is a single {@code ((body))} placeholder,
 * so the words live with the app that sends them, in the patient's language.
 */
public record NotifySettings(String apiKey, String baseUrl, String smsTemplate, String emailTemplate) {

    public NotifySettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(smsTemplate, "smsTemplate");
        Objects.requireNonNull(emailTemplate, "emailTemplate");
    }
}
