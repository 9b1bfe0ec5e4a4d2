package org.imagingnetwork.console.booking;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import org.imagingnetwork.core.notify.NotifySettings;

/** GOV.UK Notify for the console's messages to patients: the same service and templates as the portal's. */
@ConfigurationProperties("console.notify")
public record NotifyConfiguration(
        @NotBlank String apiKey,
        @NotBlank String baseUrl,
        @NotBlank String smsTemplate,
        @NotBlank String emailTemplate) {

    NotifySettings settings() {
        return new NotifySettings(apiKey, baseUrl, smsTemplate, emailTemplate);
    }
}
