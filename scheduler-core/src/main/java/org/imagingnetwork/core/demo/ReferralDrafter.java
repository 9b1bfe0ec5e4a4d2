package org.imagingnetwork.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.PatientPreferences;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Referral;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.time.London;

/**
 * Draws the parts of a referral that do not depend on where it ends up: its priority, the referring
 * clinician, the patient's clinical needs and travel preferences, and the radiologist who vets it.
 */
final class ReferralDrafter {

    private static final List<String> SPECIALTIES = List.of(
            "General Practice",
            "General Practice",
            "General Practice",
            "Respiratory Medicine",
            "Urology",
            "Gastroenterology",
            "Orthopaedics",
            "Neurology",
            "Cardiology",
            "ENT",
            "Rheumatology",
            "Breast Surgery");

    private final Map<String, AppointabilityRule> rules;
    private final Map<String, List<Staff>> radiologists;
    private final Dice dice;

    ReferralDrafter(List<AppointabilityRule> rules, List<Staff> staff, Dice dice) {
        this.rules = rules.stream()
                .collect(Collectors.toMap(r -> r.trust().orElseThrow().value(), r -> r));
        this.radiologists = staff.stream()
                .filter(s -> s.role() == StaffRole.RADIOLOGIST)
                .sorted(Comparator.comparing(Staff::id))
                .collect(Collectors.groupingBy(s -> s.trust().value()));
        this.dice = dice;
    }

    DraftReferral draft(
            Patient patient,
            Exam exam,
            Priority priority,
            Optional<LocalDate> due,
            String trust,
            Instant received,
            ClinicalNeeds needs,
            PatientPreferences preferences) {
        String clinician = "Dr " + dice.pick(Names.GIVEN).charAt(0) + ". " + dice.pick(Names.FAMILY) + ", "
                + dice.pick(SPECIALTIES);
        return new DraftReferral(
                patient,
                exam,
                priority,
                due,
                new Referral(new OdsCode(trust), clinician),
                received,
                needs,
                preferences,
                rules.get(trust),
                dice.pick(radiologists.get(trust)).id());
    }

    AppointabilityRule ruleOf(String trust) {
        return rules.get(trust);
    }

    Priority priority(Modality modality) {
        boolean cancerPathway = modality == Modality.CT
                || modality == Modality.MR
                || modality == Modality.US
                || modality == Modality.MAMMOGRAPHY;
        double roll = dice.between(0.0, 1.0);
        if (roll < 0.08) {
            return Priority.URGENT;
        }
        if (cancerPathway && roll < 0.20) {
            return Priority.TWO_WEEK_WAIT;
        }
        return roll < 0.90 ? Priority.ROUTINE : Priority.PLANNED;
    }

    /**
     * What the referrer says about the patient. Infants having an MRI are scanned asleep: under general
     * anaesthetic where the room supports it, sedated otherwise, and either needs a recorded weight.
     */
    ClinicalNeeds needs(Exam exam, int age, boolean gaAvailable, OptionalInt tableLimitKg) {
        boolean mri = exam.modality() == Modality.MR;
        boolean ga = mri && age < 5 && gaAvailable;
        boolean sedation = mri && ((age < 5 && !ga) || (age >= 5 && age < 11 && dice.chance(0.15)));
        OptionalInt weight = OptionalInt.empty();
        if (ga || sedation) {
            weight = OptionalInt.of(Math.max(4, (int) Math.round(dice.normal(4 + age * 3.2, 3, 3, 70))));
        } else if (age >= 18 && tableLimitKg.isPresent() && dice.chance(0.1)) {
            weight = OptionalInt.of(dice.between(151, tableLimitKg.getAsInt()));
        } else if (age >= 18 && dice.chance(0.2)) {
            weight = OptionalInt.of((int) Math.round(dice.normal(80, 17, 45, 145)));
        }
        boolean claustrophobic = mri && age >= 18 && dice.chance(0.06);
        return new ClinicalNeeds(sedation, ga, weight, claustrophobic, exam.contrast());
    }

    /** Most patients will go anywhere within reach; some name the sites they will go to, always including {@code mustAccept}. */
    PatientPreferences preferences(List<String> trustSites, Optional<String> mustAccept) {
        OptionalInt maxTravel =
                dice.chance(0.5) ? OptionalInt.of(dice.pick(List.of(10, 15, 20, 30, 40, 60))) : OptionalInt.empty();
        Optional<Duration> shortNotice =
                dice.chance(0.15) ? Optional.of(Duration.ofHours(dice.pick(List.of(24, 48, 72)))) : Optional.empty();
        Set<OdsCode> sites = Set.of();
        if (dice.chance(0.25)) {
            String named = mustAccept.orElseGet(() -> dice.pick(trustSites));
            sites = Set.of(new OdsCode(named));
        }
        return new PatientPreferences(sites, maxTravel, shortNotice);
    }

    /** A moment during the working day (08:00 to 17:59), when referrals are typed and results come back. */
    Instant duringWorkingDay(LocalDate day) {
        return London.moment(day, LocalTime.of(8, 0).plusMinutes(dice.between(0, 10 * 60 - 1)));
    }
}
