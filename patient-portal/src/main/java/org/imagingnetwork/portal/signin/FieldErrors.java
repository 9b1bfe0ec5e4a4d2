package org.imagingnetwork.portal.signin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.validation.FieldError;

/** Field errors keyed by field, as the NHS.UK error message next to each input wants them. */
final class FieldErrors {
    private FieldErrors() {}

    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        return byField;
    }
}
