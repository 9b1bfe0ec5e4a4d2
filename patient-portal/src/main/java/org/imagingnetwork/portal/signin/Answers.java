package org.imagingnetwork.portal.signin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.patient.Postcode;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The date of birth and postcode a patient typed, as typed (so the form can show them again), and
 * what is wrong with them. The field errors carry message keys, translated by the page.
 */
record Answers(String day, String month, String year, String postcode) {

    static Answers from(Map<String, String> form) {
        return new Answers(
                trim(form.get("day")), trim(form.get("month")), trim(form.get("year")), trim(form.get("postcode")));
    }

    static Answers empty() {
        return new Answers("", "", "", "");
    }

    Optional<LocalDate> dateOfBirth() {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getYear() >= 1900 ? Optional.of(date) : Optional.empty();
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    Optional<Postcode> parsedPostcode() {
        return Postcode.parse(postcode);
    }

    List<FieldError> errors(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> dob = dateOfBirth();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.add(new FieldError("dob", "signin.error.dob.missing"));
        } else if (dob.isEmpty()) {
            errors.add(new FieldError("dob", "signin.error.dob.invalid"));
        } else if (dob.get().isAfter(today)) {
            errors.add(new FieldError("dob", "signin.error.dob.future"));
        }
        if (postcode.isEmpty()) {
            errors.add(new FieldError("postcode", "signin.error.postcode.missing"));
        } else if (parsedPostcode().isEmpty()) {
            errors.add(new FieldError("postcode", "signin.error.postcode.invalid"));
        }
        return errors;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
