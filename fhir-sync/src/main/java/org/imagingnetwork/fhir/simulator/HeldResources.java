package org.imagingnetwork.fhir.simulator;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

/**
 * The create, conditional-update and search behaviour the simulated RIS gives every resource type
 * it keeps. The annotated providers for each type delegate here.
 */
final class HeldResources {

    private final RisStore store;

    HeldResources(RisStore store) {
        this.store = store;
    }

    MethodOutcome create(Resource resource, @ConditionalUrlParam String conditionalUrl) {
        Optional<Identifier> condition =
                conditionalUrl == null ? Optional.empty() : Optional.of(identifierCondition(conditionalUrl));
        RisStore.Written written = store.createIfNoneExist(resource, condition);
        return outcome(written);
    }

    MethodOutcome update(Resource resource, IdType id, String conditionalUrl, RequestDetails request) {
        if (conditionalUrl == null) {
            // A RIS that is written only by identifier: our relay never learns the RIS's own ids.
            throw new InvalidRequestException("Update by identifier only: PUT [type]?identifier=system|value");
        }
        Optional<String> ifMatch =
                Optional.ofNullable(request.getHeader("If-Match")).map(HeldResources::etagVersion);
        return outcome(store.updateByIdentifier(resource, identifierCondition(conditionalUrl), ifMatch));
    }

    List<Resource> search(String type, TokenParam identifier, TokenParam status, RequestDetails request) {
        if (identifier != null) {
            Identifier wanted =
                    new Identifier().setSystem(identifier.getSystem()).setValue(identifier.getValue());
            return store.byIdentifier(type, wanted).stream()
                    .filter(r -> matches(r, null, status))
                    .toList();
        }
        return store.search(type, r -> matches(r, null, status));
    }

    private boolean matches(Resource resource, TokenParam identifier, TokenParam status) {
        if (identifier != null) {
            Identifier wanted =
                    new Identifier().setSystem(identifier.getSystem()).setValue(identifier.getValue());
            if (store.identifiersOf(resource).stream().noneMatch(i -> RisStore.sameIdentifier(i, wanted))) {
                return false;
            }
        }
        if (status != null) {
            String held = resource.getNamedProperty("status").getValues().stream()
                    .findFirst()
                    .map(v -> v.primitiveValue())
                    .orElse(null);
            return status.getValue().equals(held);
        }
        return true;
    }

    private static MethodOutcome outcome(RisStore.Written written) {
        MethodOutcome outcome = new MethodOutcome(written.resource().getIdElement(), written.created());
        outcome.setResource(written.resource());
        return outcome;
    }

    /** {@code identifier=system|value}, optionally after {@code Type?}; nothing else is supported. */
    static Identifier identifierCondition(String conditionalUrl) {
        String query = conditionalUrl.contains("?")
                ? conditionalUrl.substring(conditionalUrl.indexOf('?') + 1)
                : conditionalUrl;
        // Result parameters (_format, _pretty) say how to answer, not what to match.
        List<String> parameters =
                Arrays.stream(query.split("&")).filter(p -> !p.startsWith("_")).toList();
        if (parameters.size() != 1 || !parameters.get(0).startsWith("identifier=")) {
            throw new InvalidRequestException("Conditional writes must name exactly one identifier=system|value");
        }
        String token = URLDecoder.decode(parameters.get(0).substring("identifier=".length()), StandardCharsets.UTF_8);
        int bar = token.indexOf('|');
        Identifier identifier = new Identifier();
        if (bar >= 0) {
            identifier.setSystem(token.substring(0, bar));
            identifier.setValue(token.substring(bar + 1));
        } else {
            identifier.setValue(token);
        }
        if (!identifier.hasValue()) {
            throw new InvalidRequestException("Conditional identifier has no value");
        }
        return identifier;
    }

    /** {@code W/"3"} or {@code "3"} or {@code 3} → {@code 3}. */
    static String etagVersion(String etag) {
        String value = etag.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        return value.replace("\"", "");
    }
}
