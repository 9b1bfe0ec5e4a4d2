package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Checks what HAPI's lenient JSON parser would let through: no empty arrays or objects and no
 * nulls, no nesting deeper than any real resource needs, and no element HAPI would drop or coerce
 * (an unknown element holding {@code []}, an array where R4 allows one value). The last is checked
 * by parsing strictly and encoding again: a resource that does not come back the same contained
 * something FHIR R4 does not define there.
 */
@Interceptor
public final class JsonShape {

    private static final int MAX_DEPTH = 64;

    private final ObjectMapper json = new ObjectMapper();
    private final FhirContext context;

    public JsonShape(FhirContext context) {
        this.context = context;
        json.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build());
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void check(RequestDetails request) {
        String contentType = request.getHeader("Content-Type");
        byte[] body = request.loadRequestContents();
        if (body == null || body.length == 0 || contentType == null || !contentType.contains("json")) {
            return;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw Refusals.invalid("$", "The body is not valid JSON (or nests deeper than " + MAX_DEPTH + " levels)");
        } catch (IOException e) {
            throw Refusals.invalid("$", "The body could not be read");
        }
        if (root == null || !root.isObject() || !root.path("resourceType").isTextual()) {
            throw Refusals.invalid("resourceType", "The body must be one FHIR resource with a resourceType");
        }
        walk(root, root.get("resourceType").asText());
        sameAfterRoundTrip(root, new String(body, StandardCharsets.UTF_8));
    }

    private void sameAfterRoundTrip(JsonNode root, String body) {
        JsonNode again;
        try {
            IBaseResource parsed = context.newJsonParser().parseResource(body);
            again = json.readTree(context.newJsonParser().encodeResourceToString(parsed));
        } catch (DataFormatException e) {
            String resourceType = root.get("resourceType").asText();
            throw Refusals.invalid(
                    ParseErrors.expression(resourceType, e.getMessage()).orElse(resourceType),
                    ParseErrors.brief(e.getMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HAPI encoded JSON that Jackson cannot read", e);
        }
        String difference =
                firstDifference(root, again, root.get("resourceType").asText());
        if (difference != null) {
            throw Refusals.invalid(difference, "This element is not one FHIR R4 defines here, or has the wrong shape");
        }
    }

    /** The path of the first element that differs between what was sent and what HAPI understood. */
    private static String firstDifference(JsonNode sent, JsonNode understood, String path) {
        if (sent.equals(understood)) {
            return null;
        }
        if (sent.isObject() && understood.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = sent.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = understood.get(field.getKey());
                if (other == null) {
                    return path + "." + field.getKey();
                }
                String inner = firstDifference(field.getValue(), other, path + "." + field.getKey());
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (sent.isArray() && understood.isArray() && sent.size() == understood.size()) {
            for (int i = 0; i < sent.size(); i++) {
                String inner = firstDifference(sent.get(i), understood.get(i), path);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return path;
    }

    private static void walk(JsonNode node, String path) {
        if (node.isNull()) {
            throw Refusals.invalid(path, "null is not allowed in FHIR JSON");
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                throw Refusals.invalid(path, "An empty array is not allowed in FHIR JSON");
            }
            for (JsonNode item : node) {
                walk(item, path);
            }
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                throw Refusals.invalid(path, "An empty object is not allowed in FHIR JSON");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "." + field.getKey());
            }
        }
    }
}
