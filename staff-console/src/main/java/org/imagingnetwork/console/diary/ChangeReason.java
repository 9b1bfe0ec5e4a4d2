package org.imagingnetwork.console.diary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Why staff block or release part of the diary, as the form takes it: for a block, one of the usual
 * causes ({@code reasonKind}) with optional details, or "other" with details required; for a release,
 * the details alone. The words become the reason the audit log, the RIS and the re-booking list show.
 */
record ChangeReason(Optional<String> text, List<FieldError> errors, Map<String, String> values) {

    enum Kind {
        EQUIPMENT_FAULT("Equipment fault"),
        STAFF_SICKNESS("Staff sickness"),
        OTHER("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name();
        }
    }

    static List<Kind> kinds() {
        return Arrays.asList(Kind.values());
    }

    static ChangeReason forBlock(Map<String, String> form) {
        String kindName = form.getOrDefault("reasonKind", "").strip();
        String details = form.getOrDefault("reason", "").strip();
        Map<String, String> values = Map.of("reasonKind", kindName, "reason", details);
        Optional<Kind> kind = Arrays.stream(Kind.values())
                .filter(k -> k.name().equals(kindName))
                .findFirst();
        List<FieldError> errors = new ArrayList<>();
        if (kind.isEmpty()) {
            errors.add(new FieldError("reasonKind", "Choose why: equipment fault, staff sickness or other"));
        } else if (kind.get() == Kind.OTHER && details.isEmpty()) {
            errors.add(new FieldError("reason", "Say what the other reason is"));
        }
        if (!errors.isEmpty()) {
            return new ChangeReason(Optional.empty(), errors, values);
        }
        String text = kind.get() == Kind.OTHER
                ? details
                : details.isEmpty() ? kind.get().label() : kind.get().label() + ": " + details;
        return new ChangeReason(Optional.of(text), List.of(), values);
    }

    static ChangeReason forRelease(Map<String, String> form) {
        String details = form.getOrDefault("reason", "").strip();
        Map<String, String> values = Map.of("reason", details);
        if (details.isEmpty()) {
            return new ChangeReason(
                    Optional.empty(),
                    List.of(new FieldError(
                            "reason", "Say why it can be used again, for example the engineer has been")),
                    values);
        }
        return new ChangeReason(Optional.of(details), List.of(), values);
    }
}
