package org.imagingnetwork.console.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.diary.AddSession;
import org.imagingnetwork.core.diary.SessionTypes;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The ad-hoc session form as submitted. Days and times that cannot be read are named here; the rest
 * (times in order and in the future, a list type that fits the room, staff that exist, a reason) is
 * the core's to judge. The session takes every exam its list type books.
 */
record AdHocEntry(
        Map<String, String> values,
        Set<String> staff,
        List<FieldError> errors,
        LocalDate day,
        LocalTime from,
        LocalTime to) {

    static final List<String> FIELDS = List.of("room", "clinicDay", "from", "to", "sessionType", "reason");

    static AdHocEntry read(Map<String, Object> form) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, first(form.get(f)).strip()));
        Set<String> staff = new LinkedHashSet<>(all(form.get("staff")));
        staff.removeIf(String::isBlank);
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = null;
        if (!values.get("clinicDay").isEmpty()) {
            try {
                day = LocalDate.parse(values.get("clinicDay"));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("clinicDay", "Enter the day as a date like 2026-12-14"));
            }
        }
        LocalTime from = time(values, "from", "start", errors);
        LocalTime to = time(values, "to", "end", errors);
        return new AdHocEntry(values, staff, List.copyOf(errors), day, from, to);
    }

    static Map<String, String> empty(String day) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("clinicDay", day);
        return values;
    }

    AddSession command(StaffActor by) {
        String type = values.get("sessionType");
        Set<ExamCode> exams = SessionTypes.find(type)
                .map(t -> (Set<ExamCode>) new LinkedHashSet<>(t.exams()))
                .orElse(Set.of());
        return new AddSession(
                values.get("room").isEmpty() ? null : values.get("room"),
                day,
                from,
                to,
                type.isEmpty() ? null : type,
                exams,
                staff,
                values.get("reason"),
                by);
    }

    private static LocalTime time(Map<String, String> values, String field, String which, List<FieldError> errors) {
        String raw = values.get(field);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(raw.length() == 4 ? "0" + raw : raw);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter the " + which + " time like 13:30"));
            return null;
        }
    }

    private static String first(Object value) {
        List<String> values = all(value);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** A form value as a list: one field arrives as a string, a repeated one (checkboxes) as a list. */
    private static List<String> all(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (value instanceof Object[] many) {
            return java.util.Arrays.stream(many).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
