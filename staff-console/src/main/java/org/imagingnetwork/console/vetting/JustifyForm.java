package org.imagingnetwork.console.vetting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The justification form as typed: a protocol (typed, or one chosen from those used before; the
 * typed one wins) and, when the exam needs them, an eGFR with its date and a weight. Read into
 * core's {@link RequestCommand.Justify}, or the fields that cannot be read, each named.
 */
public record JustifyForm(
        String protocol, String previousProtocol, String egfr, String egfrMeasuredOn, String weightKg) {

    public record Read(Optional<RequestCommand.Justify> command, List<FieldError> errors) {}

    static JustifyForm of(Map<String, String> form) {
        return new JustifyForm(
                value(form, "protocol"),
                value(form, "previousProtocol"),
                value(form, "egfr"),
                value(form, "egfrMeasuredOn"),
                value(form, "weightKg"));
    }

    static JustifyForm empty() {
        return new JustifyForm("", "", "", "", "");
    }

    /** The protocol the radiologist means: what they typed, else what they chose from the list. */
    public String chosenProtocol() {
        return protocol.isBlank() ? previousProtocol : protocol;
    }

    Read read(RequestId request, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (chosenProtocol().isBlank()) {
            errors.add(new FieldError("protocol", "Enter the protocol, or choose one used before"));
        }
        OptionalInt egfrValue = whole(egfr, "egfr", "Enter the eGFR as a whole number, like 65", errors);
        Optional<LocalDate> measured = Optional.empty();
        if (!egfrMeasuredOn.isBlank()) {
            try {
                measured = Optional.of(LocalDate.parse(egfrMeasuredOn.strip()));
            } catch (DateTimeParseException e) {
                errors.add(
                        new FieldError("egfrMeasuredOn", "Enter the date the blood test was taken, like 2026-11-20"));
            }
        }
        OptionalInt weight =
                whole(weightKg, "weightKg", "Enter the weight in kilograms as a whole number, like 70", errors);
        if (!errors.isEmpty()) {
            return new Read(Optional.empty(), errors);
        }
        return new Read(
                Optional.of(new RequestCommand.Justify(request, chosenProtocol(), egfrValue, measured, weight, actor)),
                List.of());
    }

    private static OptionalInt whole(String value, String field, String message, List<FieldError> errors) {
        if (value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return OptionalInt.empty();
        }
    }

    private static String value(Map<String, String> form, String field) {
        String v = form.get(field);
        return v == null ? "" : v;
    }
}
