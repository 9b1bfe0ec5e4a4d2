package org.imagingnetwork.core.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.patient.ContactPreference;
import org.imagingnetwork.core.patient.Guardian;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.patient.Postcode;

/**
 * Makes demo patients: NHS numbers from the 999 range NHS England keeps for testing (each passing
 * its Modulus 11 check), homes near the site they were referred to, contact details in the ranges
 * Ofcom and the IETF keep for drama and examples, and a parent or carer for every child.
 */
final class PatientFactory {

    /** Numbers run from 999 400 000x upwards, clear of the 999 1xx xxxx numbers test fixtures use. */
    private static final int FIRST_SERIAL = 400_000;

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final List<String> NEEDS = List.of(
            "Wheelchair user",
            "Needs a hoist to transfer",
            "British Sign Language interpreter",
            "Interpreter: Punjabi",
            "Interpreter: Urdu",
            "Interpreter: Polish",
            "Learning disability: longer appointment, quiet waiting area",
            "Partially sighted: large-print letters",
            "Dementia: carer will attend");
    private static final List<String> GUARDIANS =
            List.of("Mother", "Father", "Mother", "Father", "Grandmother", "Foster carer");

    private final List<Patient> made = new ArrayList<>();
    private final LocalDate today;
    private final Dice dice;
    private int serial = FIRST_SERIAL;

    PatientFactory(LocalDate today, Dice dice) {
        this.today = today;
        this.dice = dice;
    }

    List<Patient> patients() {
        return made;
    }

    /** A new patient who is {@code age} in whole years on {@code day}, living near a site with this postcode. */
    Patient patient(int age, LocalDate day, String sitePostcode, boolean nearWales) {
        String given = dice.pick(Names.GIVEN);
        String family = dice.pick(Names.FAMILY);
        LocalDate born = day.minusYears(age).minusDays(dice.between(1, 364));
        Optional<Guardian> guardian = Optional.empty();
        Optional<String> phone = dice.chance(0.85) ? Optional.of(mobile()) : Optional.empty();
        Optional<String> email = dice.chance(0.35) ? Optional.of(email(given, family)) : Optional.empty();
        ContactPreference preference;
        if (born.plusYears(18).isAfter(today)) {
            Guardian parent = new Guardian(dice.pick(Names.GIVEN) + " " + family, dice.pick(GUARDIANS), mobile());
            guardian = Optional.of(parent);
            // Texts about a child's appointment go to the parent's phone.
            phone = Optional.of(parent.phone());
            email = Optional.empty();
            preference = ContactPreference.SMS;
        } else {
            preference = preference(Period.between(born, today).getYears(), phone.isPresent(), email.isPresent());
        }
        Language language = dice.chance(nearWales ? 0.03 : 0.005) ? Language.CY : Language.EN;
        Set<String> needs = dice.chance(0.07) ? Set.of(dice.pick(NEEDS)) : Set.of();
        Patient patient = new Patient(
                new PatientId(made.size() + 1L),
                nextNhsNumber(),
                given,
                family,
                born,
                new Postcode(nearby(sitePostcode)),
                phone,
                email,
                preference,
                language,
                needs,
                guardian);
        made.add(patient);
        return patient;
    }

    /** An adult patient already made, for someone referred again (a follow-up, or a second test). */
    Optional<Patient> existingAdult() {
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Patient candidate = made.get(dice.between(0, made.size() - 1));
        return candidate.isChildOn(today) ? Optional.empty() : Optional.of(candidate);
    }

    private ContactPreference preference(int age, boolean phone, boolean email) {
        if (age >= 80 && dice.chance(0.5)) {
            return ContactPreference.LETTER;
        }
        if (phone && dice.chance(0.75)) {
            return ContactPreference.SMS;
        }
        return email ? ContactPreference.EMAIL : ContactPreference.LETTER;
    }

    private NhsNumber nextNhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", serial++);
            int check = NhsNumber.checkDigitFor(nine);
            if (check >= 0) {
                return new NhsNumber(nine + check);
            }
        }
    }

    /** A postcode in the same outward code as the site: close enough to make travel distances real. */
    private String nearby(String sitePostcode) {
        String outward = sitePostcode.substring(0, sitePostcode.indexOf(' '));
        return outward + " " + dice.between(1, 9) + letter() + letter();
    }

    private char letter() {
        return INWARD_LETTERS.charAt(dice.between(0, INWARD_LETTERS.length() - 1));
    }

    /** Ofcom's drama range, 07700 900000 to 900999: numbers that reach nobody. */
    private String mobile() {
        return String.format("07700 900%03d", dice.between(0, 999));
    }

    /** example.com is reserved for examples, so no demo email reaches anyone. */
    private String email(String given, String family) {
        String local = (given + "." + family).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        return local + dice.between(1, 99) + "@example.com";
    }
}
