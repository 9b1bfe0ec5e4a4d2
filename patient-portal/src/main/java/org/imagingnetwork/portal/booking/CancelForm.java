package org.imagingnetwork.portal.booking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!REASONS.contains(reason)) {
            errors.put("reason", "cancel.error.reason");
        } else if (reason.equals("other") && details.isEmpty()) {
            errors.put("details", "cancel.error.details.missing");
        }
        if (details.length() > MAX_DETAILS) {
            errors.put("details", "cancel.error.details.long");
        }
        return errors;
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
