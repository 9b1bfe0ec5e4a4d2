package org.imagingnetwork.portal.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/**
 * GOV.UK Notify: the API key, where the service is (a local stub in tests and the demo), and the
 * two templates every message goes through. Each template is a single {@code ((body))}
 * placeholder, so the words live in the portal's message bundles, in English and Welsh, next to
 * the pages they belong to.
 */
@ConfigurationProperties("portal.notify")
public record NotifySettings(
        @NotBlank String apiKey,
        @NotBlank String baseUrl,
        @NotBlank String smsTemplate,
        @NotBlank String emailTemplate) {}
