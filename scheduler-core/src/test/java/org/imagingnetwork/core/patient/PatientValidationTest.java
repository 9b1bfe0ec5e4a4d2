package org.imagingnetwork.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.validation.FieldError;
import org.junit.jupiter.api.Test;

class PatientValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static PatientInput adult() {
        return new PatientInput(
                "943 476 5919",
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "b15 2th",
                "07700 900123",
                null,
                ContactPreference.SMS,
                Language.EN,
                Set.of(),
                null,
                null,
                null);
    }

    private static List<String> fieldsWrongIn(PatientInput input) {
        return PatientValidation.validate(input, TODAY).stream()
                .map(FieldError::field)
                .toList();
    }

    @Test
    void acceptsAGoodAdultAndNormalisesNhsNumberPostcodeAndPhone() {
        assertThat(PatientValidation.validate(adult(), TODAY)).isEmpty();

        PatientDetails details = PatientValidation.details(adult());
        assertThat(details.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(details.postcode().value()).isEqualTo("B15 2TH");
        assertThat(details.phone()).contains("07700900123");
        assertThat(details.guardian()).isEmpty();
    }

    @Test
    void namesTheNhsNumberWhenItFailsTheCheckDigit() {
        PatientInput input = new PatientInput(
                "9434765918",
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "B15 2TH",
                "07700900123",
                null,
                ContactPreference.SMS,
                Language.EN,
                Set.of(),
                null,
                null,
                null);

        assertThat(fieldsWrongIn(input)).containsExactly("nhsNumber");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        PatientInput input = new PatientInput(
                "12345",
                " ",
                null,
                TODAY.plusDays(1),
                "not a postcode",
                "12",
                "no-at-sign",
                null,
                null,
                Set.of(),
                null,
                null,
                null);

        assertThat(fieldsWrongIn(input))
                .contains(
                        "nhsNumber",
                        "givenName",
                        "familyName",
                        "dateOfBirth",
                        "postcode",
                        "phone",
                        "email",
                        "contactPreference",
                        "language");
    }

    @Test
    void textMessagesNeedAMobileNumber() {
        PatientInput landline = new PatientInput(
                "9434765919",
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "B15 2TH",
                "0121 496 0000",
                null,
                ContactPreference.SMS,
                Language.EN,
                Set.of(),
                null,
                null,
                null);
        PatientInput none = new PatientInput(
                "9434765919",
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "B15 2TH",
                null,
                null,
                ContactPreference.SMS,
                Language.EN,
                Set.of(),
                null,
                null,
                null);

        assertThat(fieldsWrongIn(landline)).containsExactly("phone");
        assertThat(fieldsWrongIn(none)).containsExactly("phone");
    }

    @Test
    void emailContactNeedsAnEmailAddressAndLettersNeedNeither() {
        PatientInput email = new PatientInput(
                "9434765919",
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "B15 2TH",
                null,
                null,
                ContactPreference.EMAIL,
                Language.CY,
                Set.of(),
                null,
                null,
                null);
        PatientInput letter = new PatientInput(
                "9434765919",
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "B15 2TH",
                null,
                null,
                ContactPreference.LETTER,
                Language.CY,
                Set.of(),
                null,
                null,
                null);

        assertThat(fieldsWrongIn(email)).containsExactly("email");
        assertThat(fieldsWrongIn(letter)).isEmpty();
    }

    @Test
    void aChildNeedsAGuardianWithAPhoneNumber() {
        LocalDate tenYearsOld = TODAY.minusYears(10);
        PatientInput child = new PatientInput(
                "9434765919",
                "Ruby",
                "Okafor",
                tenYearsOld,
                "B15 2TH",
                null,
                null,
                ContactPreference.LETTER,
                Language.EN,
                Set.of(),
                null,
                null,
                null);
        PatientInput withGuardian = new PatientInput(
                "9434765919",
                "Ruby",
                "Okafor",
                tenYearsOld,
                "B15 2TH",
                null,
                null,
                ContactPreference.LETTER,
                Language.EN,
                Set.of(),
                "Grace Okafor",
                "Mother",
                "07700 900123");

        assertThat(fieldsWrongIn(child)).containsExactly("guardianName", "guardianRelationship", "guardianPhone");
        assertThat(fieldsWrongIn(withGuardian)).isEmpty();
        assertThat(PatientValidation.details(withGuardian).guardian())
                .contains(new Guardian("Grace Okafor", "Mother", "07700900123"));
    }

    @Test
    void anAdultOnTheirEighteenthBirthdayNeedsNoGuardian() {
        PatientInput eighteen = new PatientInput(
                "9434765919",
                "Sam",
                "Lee",
                TODAY.minusYears(18),
                "B15 2TH",
                null,
                null,
                ContactPreference.LETTER,
                Language.EN,
                Set.of(),
                null,
                null,
                null);

        assertThat(fieldsWrongIn(eighteen)).isEmpty();
    }
}
