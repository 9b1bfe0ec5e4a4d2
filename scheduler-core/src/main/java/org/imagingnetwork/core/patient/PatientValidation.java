package org.imagingnetwork.core.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Checks patient input field by field, so a form can show every problem at once, and turns good
 * input into {@link PatientDetails}. Field names are those of {@link PatientInput}.
 */
public final class PatientValidation {
    /** UK numbers as people write them: 01xx/02xx/03xx landlines and 07 mobiles, or the same with +44. */
    private static final Pattern UK_PHONE = Pattern.compile("(\\+44|0)[1237]\\d{8,9}");

    private static final Pattern UK_MOBILE = Pattern.compile("(\\+44|0)7\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PatientValidation() {}

    public static List<FieldError> validate(PatientInput input, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (NhsNumber.parse(input.nhsNumber()).isEmpty()) {
            errors.add(new FieldError("nhsNumber", "Enter a valid 10-digit NHS number"));
        }
        name(input.givenName(), "givenName", "Enter the patient's given name", errors);
        name(input.familyName(), "familyName", "Enter the patient's family name", errors);
        if (input.dateOfBirth() == null) {
            errors.add(new FieldError("dateOfBirth", "Enter the patient's date of birth"));
        } else if (input.dateOfBirth().isAfter(today) || input.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
            errors.add(new FieldError("dateOfBirth", "Date of birth must be a real date in the past"));
        }
        if (Postcode.parse(input.postcode()).isEmpty()) {
            errors.add(new FieldError("postcode", "Enter a full UK postcode, like B15 2TH"));
        }
        Optional<String> phone = phone(input.phone());
        if (present(input.phone()) && !UK_PHONE.matcher(phone.orElseThrow()).matches()) {
            errors.add(new FieldError("phone", "Enter a UK phone number, like 07700 900123"));
        }
        if (present(input.email()) && !EMAIL.matcher(input.email().strip()).matches()) {
            errors.add(new FieldError("email", "Enter an email address in the right format, like name@example.com"));
        }
        contact(input, phone, errors);
        if (input.language() == null) {
            errors.add(new FieldError("language", "Choose English or Welsh"));
        }
        guardian(input, today, errors);
        return List.copyOf(errors);
    }

    /** The checked details; only call when {@link #validate} found nothing wrong. */
    public static PatientDetails details(PatientInput input) {
        Optional<Guardian> guardian = present(input.guardianName())
                ? Optional.of(new Guardian(
                        input.guardianName().strip(),
                        input.guardianRelationship().strip(),
                        phone(input.guardianPhone()).orElseThrow()))
                : Optional.empty();
        return new PatientDetails(
                NhsNumber.parse(input.nhsNumber()).orElseThrow(),
                input.givenName().strip(),
                input.familyName().strip(),
                input.dateOfBirth(),
                Postcode.parse(input.postcode()).orElseThrow(),
                phone(input.phone()),
                present(input.email()) ? Optional.of(input.email().strip()) : Optional.empty(),
                input.contactPreference(),
                input.language(),
                input.accessibilityNeeds(),
                guardian);
    }

    private static void contact(PatientInput input, Optional<String> phone, List<FieldError> errors) {
        if (input.contactPreference() == null) {
            errors.add(new FieldError("contactPreference", "Choose how the patient wants to be contacted"));
            return;
        }
        switch (input.contactPreference()) {
            case SMS -> {
                if (phone.isEmpty() || !UK_MOBILE.matcher(phone.get()).matches()) {
                    errors.add(new FieldError("phone", "Enter a UK mobile number to send text messages to"));
                }
            }
            case EMAIL -> {
                if (!present(input.email())) {
                    errors.add(new FieldError("email", "Enter an email address to send emails to"));
                }
            }
            case LETTER -> {
                // A letter goes to the registered address, which the postcode check has covered.
            }
        }
    }

    /** A child (under 18, as in {@link Patient#isChildOn}) needs an adult who acts for them. */
    private static void guardian(PatientInput input, LocalDate today, List<FieldError> errors) {
        boolean child = input.dateOfBirth() != null
                && !input.dateOfBirth().isAfter(today)
                && input.dateOfBirth().plusYears(18).isAfter(today);
        boolean anyGiven = present(input.guardianName())
                || present(input.guardianRelationship())
                || present(input.guardianPhone());
        if (!child && !anyGiven) {
            return;
        }
        if (!present(input.guardianName())) {
            errors.add(new FieldError("guardianName", "Enter the name of the parent or guardian"));
        }
        if (!present(input.guardianRelationship())) {
            errors.add(new FieldError("guardianRelationship", "Enter how the guardian is related to the patient"));
        }
        if (phone(input.guardianPhone())
                .filter(p -> UK_PHONE.matcher(p).matches())
                .isEmpty()) {
            errors.add(new FieldError("guardianPhone", "Enter a UK phone number for the guardian"));
        }
    }

    private static void name(String value, String field, String message, List<FieldError> errors) {
        if (!present(value)) {
            errors.add(new FieldError(field, message));
        } else if (value.strip().length() > 100) {
            errors.add(new FieldError(field, "Must be 100 characters or fewer"));
        }
    }

    /** Phone numbers without the spaces, dashes and brackets people type. */
    private static Optional<String> phone(String value) {
        return present(value) ? Optional.of(value.replaceAll("[\\s()-]", "")) : Optional.empty();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
