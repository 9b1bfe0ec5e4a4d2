package org.imagingnetwork.console.optimisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The scanner-down form as typed: which room closes, from which day, for how many days, why, and how
 * long the re-plan may take. Only what cannot be read is refused here; the run service checks the
 * rest (a day in the past, how many days, the reason) and names the same fields.
 */
record ClosureForm(String room, LocalDate firstDay, Integer days, String reason, Integer seconds) {

    static final List<String> FIELDS = List.of("room", "firstDay", "days", "reason", "seconds");
    static final int DEFAULT_SECONDS = 20;

    /** The form read, or what was typed (to show again) with the errors. */
    record Parsed(Optional<ClosureForm> form, Map<String, String> typed, List<FieldError> errors) {}

    static Parsed parse(Map<String, String> input) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            typed.put(field, input.getOrDefault(field, "").strip());
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate firstDay = null;
        try {
            firstDay = LocalDate.parse(typed.get("firstDay"));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("firstDay", "Enter the first day the room is closed as a date like 2027-01-04"));
        }
        Integer days = number(typed.get("days"), "days", "Enter the number of days the room is closed", errors);
        Integer seconds = typed.get("seconds").isEmpty()
                ? DEFAULT_SECONDS
                : number(typed.get("seconds"), "seconds", "Give the re-plan a number of seconds", errors);
        if (!errors.isEmpty()) {
            return new Parsed(Optional.empty(), typed, List.copyOf(errors));
        }
        return new Parsed(
                Optional.of(new ClosureForm(typed.get("room"), firstDay, days, typed.get("reason"), seconds)),
                typed,
                List.of());
    }

    /** The form as the diary grid opens it: the room and the grid's first day, nothing else yet. */
    static Map<String, String> blank(String room, String firstDay) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("room", room);
        typed.put("firstDay", firstDay);
        typed.put("days", "1");
        typed.put("reason", "");
        typed.put("seconds", String.valueOf(DEFAULT_SECONDS));
        return typed;
    }

    LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    private static Integer number(String raw, String field, String message, List<FieldError> errors) {
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
