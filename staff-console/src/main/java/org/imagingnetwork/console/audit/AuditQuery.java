package org.imagingnetwork.console.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.validation.FieldError;

/**
 * What the audit page is asked for, read from its query (the CSV export takes the same one): a
 * patient by NHS number or by the platform's patient id, a user, and London days from and to (both
 * included). Empty fields mean "any".
 *
 * @param user the actor as the log names it: {@code staff:jsmith}; a bare user name means a member of staff
 */
record AuditQuery(
        Optional<Patient> patient, Optional<String> user, Optional<LocalDate> from, Optional<LocalDate> to, int page) {

    static final int PAGE_SIZE = 50;

    /** A patient as entered: a checked NHS number, or a patient id. */
    sealed interface Patient {
        String entered();
    }

    record ByNhsNumber(NhsNumber number) implements Patient {
        @Override
        public String entered() {
            return number.value();
        }
    }

    record ById(PatientId id) implements Patient {
        @Override
        public String entered() {
            return String.valueOf(id.value());
        }
    }

    record Parsed(AuditQuery query, List<FieldError> errors) {}

    static Parsed parse(Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Patient> patient = field(values, "patient").flatMap(v -> patient(v, errors));
        Optional<String> user = field(values, "user").flatMap(v -> user(v, errors));
        Optional<LocalDate> from = field(values, "from").flatMap(v -> day("from", v, errors));
        Optional<LocalDate> to = field(values, "to").flatMap(v -> day("to", v, errors));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.add(new FieldError("to", "Enter a last day the same as or after the first day"));
        }
        int page = field(values, "page").map(v -> page(v, errors)).orElse(1);
        return new Parsed(new AuditQuery(patient, user, from, to, page), List.copyOf(errors));
    }

    /** The query as parameters, without the page: for the form, the CSV link and the pages' links. */
    Map<String, String> asParameters() {
        Map<String, String> q = new LinkedHashMap<>();
        patient.ifPresent(p -> q.put("patient", p.entered()));
        user.ifPresent(u -> q.put("user", u));
        from.ifPresent(d -> q.put("from", d.toString()));
        to.ifPresent(d -> q.put("to", d.toString()));
        return q;
    }

    String queryString() {
        return asParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Optional<String> field(Map<String, String> values, String name) {
        String raw = values.get(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    private static Optional<Patient> patient(String value, List<FieldError> errors) {
        String digits = value.replace(" ", "").replace("-", "");
        if (digits.matches("[0-9]{10}")) {
            Optional<NhsNumber> number = NhsNumber.parse(digits);
            if (number.isEmpty()) {
                errors.add(new FieldError("patient", "Enter a valid NHS number: this one's check digit is wrong"));
            }
            return number.map(ByNhsNumber::new);
        }
        if (digits.matches("[0-9]{1,9}")) {
            return Optional.of(new ById(new PatientId(Long.parseLong(digits))));
        }
        errors.add(new FieldError("patient", "Enter an NHS number (10 digits) or a patient id (up to 9 digits)"));
        return Optional.empty();
    }

    private static Optional<String> user(String value, List<FieldError> errors) {
        if (!value.matches("[A-Za-z0-9._@:-]{1,100}")) {
            errors.add(new FieldError("user", "Enter a user name such as jsmith, or staff:jsmith"));
            return Optional.empty();
        }
        return Optional.of(value.contains(":") ? value : "staff:" + value);
    }

    private static Optional<LocalDate> day(String field, String value, List<FieldError> errors) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a date like 2026-12-31"));
            return Optional.empty();
        }
    }

    private static int page(String value, List<FieldError> errors) {
        if (value.matches("[0-9]{1,6}") && Integer.parseInt(value) >= 1) {
            return Integer.parseInt(value);
        }
        errors.add(new FieldError("page", "Enter a page number"));
        return 1;
    }
}
