package org.imagingnetwork.fhir.relay;

import java.net.URI;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.operations.EnvironmentVariables;

/**
 * Where each trust's RIS takes FHIR writes. Normally the trust's own {@code ris_fhir_base_url};
 * a demo or a test environment can send every trust to one place instead (the RIS simulator).
 */
@FunctionalInterface
public interface RisAddresses {

    URI of(OdsCode trust, URI registered);

    static RisAddresses asRegistered() {
        return (trust, registered) -> registered;
    }

    /** RIS_URL_TEMPLATE when it is set (a demo, a load test), otherwise each trust's registered address. */
    static RisAddresses fromEnvironment(EnvironmentVariables env) {
        String template = env.text("RIS_URL_TEMPLATE", "");
        return template.isEmpty() ? asRegistered() : fromTemplate(template);
    }

    /** {@code http://127.0.0.1:8090/{ods}/fhir}: {ods} becomes the trust's ODS code. */
    static RisAddresses fromTemplate(String template) {
        if (!template.contains("{ods}") || !template.matches("^https?://.*")) {
            throw new IllegalArgumentException("RIS URL template must be http(s) and contain {ods}");
        }
        return (trust, registered) -> URI.create(template.replace("{ods}", trust.value()));
    }
}
