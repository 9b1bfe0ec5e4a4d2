package org.imagingnetwork.portal.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.portal.web.FormErrors;

/** Why the patient is cancelling, as typed; field errors are message keys. */
record CancelForm(String reason, String details) {

    static final Set<String> REASONS = Set.of("cannotAttend", "noLongerNeeded", "other");
    static final int MAX_DETAILS = 500;

    static CancelForm empty() {
        return new CancelForm("", "");
    }

    static CancelForm from(Map<String, String> body) {
        return new CancelForm(
                body.getOrDefault("reason", "").strip(),
                body.getOrDefault("details", "").strip());
    }

    FormErrors errors() {
        List<FieldError> errors = new ArrayList<>();
        if (!REASONS.contains(reason)) {
            errors.add(new FieldError("reason", "cancel.error.reason"));
        } else if (reason.equals("other") && details.isEmpty()) {
            errors.add(new FieldError("details", "cancel.error.details.missing"));
        }
        if (details.length() > MAX_DETAILS) {
            errors.add(new FieldError("details", "cancel.error.details.long"));
        }
        // The summary links to the first radio of the reasons.
        return FormErrors.of(errors).linking("reason", "reason-cannotAttend");
    }

    /** A patient who no longer needs the scan is taken off the list; anyone else keeps their place. */
    boolean stillNeeded() {
        return !reason.equals("noLongerNeeded");
    }

    String reasonText() {
        String base = "Patient: " + reason;
        return details.isEmpty() ? base : base + " (" + details + ")";
    }
}
