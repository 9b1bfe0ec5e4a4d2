package org.imagingnetwork.console.optimisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.run.RunKind;
import org.imagingnetwork.optimizer.run.RunRequest;
import org.imagingnetwork.optimizer.run.ScopeLevel;

/**
 * The start form as typed: what kind of run, for which part of the network (one of the member of
 * staff's {@link ScopeChoice}s), which modality, from which day for how many weeks, and how long the
 * solver may take. Read field by field; each error names its field.
 */
record RunForm(
        RunKind kind, ScopeChoice scope, Optional<Modality> modality, LocalDate firstDay, int weeks, int seconds) {

    static final int MAX_WEEKS = 12;
    static final int DEFAULT_SECONDS = 30;

    /** The form read, or what was typed (to show again) with the errors. */
    record Parsed(Optional<RunForm> form, Map<String, String> typed, List<FieldError> errors) {}

    LocalDate lastDay() {
        return firstDay.plusWeeks(weeks).minusDays(1);
    }

    /** What the optimiser is asked for, on behalf of the member of staff. */
    RunRequest request(String requestedBy) {
        return new RunRequest(
                kind.name(),
                scope.level().name(),
                scope.code().orElse(""),
                modality.map(Modality::name).orElse(""),
                firstDay,
                lastDay(),
                seconds,
                scope.level() == ScopeLevel.NETWORK,
                requestedBy);
    }

    /** The form's fields as a query, for the start form carried over from the preview. */
    Map<String, String> asFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind.name());
        fields.put("scope", scope.value());
        fields.put("modality", modality.map(Modality::name).orElse(""));
        fields.put("firstDay", firstDay.toString());
        fields.put("weeks", String.valueOf(weeks));
        fields.put("seconds", String.valueOf(seconds));
        return fields;
    }

    static Parsed parse(Map<String, String> input, List<ScopeChoice> choices, LocalDate today) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("kind", "scope", "modality", "firstDay", "weeks", "seconds")) {
            typed.put(field, input.getOrDefault(field, "").strip());
        }
        List<FieldError> errors = new ArrayList<>();
        RunKind kind = enumValue(RunKind.class, typed.get("kind"));
        if (kind == null) {
            errors.add(new FieldError("kind", "Choose waiting-list allocation or diary building"));
        }
        ScopeChoice scope = choices.stream()
                .filter(c -> c.value().equals(typed.get("scope")))
                .findFirst()
                .orElse(null);
        if (scope == null) {
            errors.add(new FieldError("scope", "Choose the part of the network to plan from the list"));
        }
        Optional<Modality> modality = Optional.empty();
        if (!typed.get("modality").isEmpty()) {
            modality = Optional.ofNullable(enumValue(Modality.class, typed.get("modality")));
            if (modality.isEmpty()) {
                errors.add(new FieldError("modality", "Choose a modality from the list, or all modalities"));
            }
        }
        LocalDate firstDay = null;
        try {
            firstDay = LocalDate.parse(typed.get("firstDay"));
            if (firstDay.isBefore(today)) {
                errors.add(new FieldError("firstDay", "The first day to plan must be today or later"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("firstDay", "Enter the first day to plan as a date like " + today));
        }
        int weeks = number(
                typed.get("weeks"), 1, MAX_WEEKS, "weeks", "Enter a number of weeks from 1 to " + MAX_WEEKS, errors);
        int seconds =
                number(typed.get("seconds"), 1, 1800, "seconds", "Give the solver from 1 to 1,800 seconds", errors);
        if (!errors.isEmpty()) {
            return new Parsed(Optional.empty(), typed, List.copyOf(errors));
        }
        return new Parsed(Optional.of(new RunForm(kind, scope, modality, firstDay, weeks, seconds)), typed, List.of());
    }

    /** The form as first shown: an allocation of the first scope offered, all modalities, next week. */
    static Map<String, String> blank(List<ScopeChoice> choices, LocalDate nextMonday) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kind", RunKind.ALLOCATION.name());
        typed.put("scope", choices.isEmpty() ? "" : choices.get(0).value());
        typed.put("modality", "");
        typed.put("firstDay", nextMonday.toString());
        typed.put("weeks", "1");
        typed.put("seconds", String.valueOf(DEFAULT_SECONDS));
        return typed;
    }

    private static int number(String raw, int min, int max, String field, String message, List<FieldError> errors) {
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the range, like a number out of range.
        }
        errors.add(new FieldError(field, message));
        return 0;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
