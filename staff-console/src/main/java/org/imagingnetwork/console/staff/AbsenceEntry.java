package org.imagingnetwork.console.staff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.availability.AbsenceForm;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The absence form as submitted: days that are not dates are named here; everything else (days in
 * the wrong order, an unknown kind, a long note) is the core's to judge. The values are kept to fill
 * the form again when it comes back with errors.
 */
record AbsenceEntry(Map<String, String> values, AbsenceForm form, List<FieldError> errors) {

    static final List<String> FIELDS = List.of("firstDay", "lastDay", "kind", "note");

    static AbsenceEntry read(String staffId, Map<String, String> submitted) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, submitted.getOrDefault(f, "").strip()));
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = day(values, "firstDay", "first", errors);
        LocalDate last = day(values, "lastDay", "last", errors);
        return new AbsenceEntry(
                values,
                new AbsenceForm(staffId, first, last, values.get("kind"), values.get("note")),
                List.copyOf(errors));
    }

    static Map<String, String> empty() {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        return values;
    }

    private static LocalDate day(Map<String, String> values, String field, String which, List<FieldError> errors) {
        String raw = values.get(field);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter the " + which + " day away as a date like 2026-12-14"));
            return null;
        }
    }
}
