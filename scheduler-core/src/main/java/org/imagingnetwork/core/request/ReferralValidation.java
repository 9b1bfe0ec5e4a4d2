package org.imagingnetwork.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCatalogue;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Checks a referral field by field against the network's data, and turns a good one into a
 * {@link NewRequest}. Every problem is reported at once, so a referrer can fix them together.
 */
final class ReferralValidation {
    private final PatientRepository patients;
    private final ExamCatalogue exams;
    private final NetworkDirectory network;

    ReferralValidation(PatientRepository patients, ExamCatalogue exams, NetworkDirectory network) {
        this.patients = patients;
        this.exams = exams;
        this.network = network;
    }

    /** Either the checked request or the errors; exactly one of the two is present. */
    record Checked(Optional<NewRequest> request, List<FieldError> errors) {}

    Checked check(ReceiveReferral referral, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Patient> patient = patient(referral.nhsNumber(), errors);
        Optional<Exam> exam = exam(referral.examCode(), errors);
        Instant receivedAt = referral.receivedAt() == null ? now : referral.receivedAt();
        if (receivedAt.isAfter(now)) {
            errors.add(new FieldError("receivedAt", "A referral cannot be received in the future"));
        }
        priority(referral, London.clinicDay(receivedAt), errors);
        Optional<OdsCode> trust = trust(referral.referringTrust(), errors);
        if (blank(referral.clinician())) {
            errors.add(new FieldError("clinician", "Enter the referring clinician"));
        }
        if (blank(referral.actor())) {
            errors.add(new FieldError("actor", "Say who is recording the referral"));
        }
        range(referral.weightKg(), 1, 400, "weightKg", "Weight must be between 1 and 400 kg", errors);
        range(referral.maxTravelKm(), 1, 500, "maxTravelKm", "Maximum travel must be between 1 and 500 km", errors);
        range(
                referral.shortNoticeHours(),
                1,
                336,
                "shortNoticeHours",
                "Short notice must be between 1 hour and 2 weeks",
                errors);
        List<OdsCode> sites = sites(referral, errors);
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), errors);
        }
        return new Checked(
                Optional.of(
                        RequestValues.newRequest(referral, patient.get(), exam.get(), trust.get(), sites, receivedAt)),
                List.of());
    }

    private Optional<Patient> patient(String nhsNumber, List<FieldError> errors) {
        Optional<NhsNumber> parsed = NhsNumber.parse(nhsNumber);
        if (parsed.isEmpty()) {
            errors.add(new FieldError("nhsNumber", "Enter a valid 10-digit NHS number"));
            return Optional.empty();
        }
        Optional<Patient> patient = patients.findByNhsNumber(parsed.get());
        if (patient.isEmpty()) {
            errors.add(new FieldError("nhsNumber", "No patient is registered with this NHS number"));
        }
        return patient;
    }

    private Optional<Exam> exam(String code, List<FieldError> errors) {
        Optional<Exam> exam = ExamCode.isWellFormed(code) ? exams.find(new ExamCode(code)) : Optional.empty();
        if (exam.isEmpty()) {
            errors.add(new FieldError("examCode", "Unknown exam code: choose an exam from the network catalogue"));
        }
        return exam;
    }

    private static void priority(ReceiveReferral referral, LocalDate receivedOn, List<FieldError> errors) {
        if (referral.priority() == null) {
            errors.add(new FieldError("priority", "Choose the priority"));
            return;
        }
        LocalDate due = referral.dueDate();
        if (referral.priority() == Priority.PLANNED && due == null) {
            errors.add(new FieldError("dueDate", "A planned request needs the date the exam is due"));
        } else if (referral.priority() != Priority.PLANNED && due != null) {
            errors.add(new FieldError("dueDate", "Only planned requests have a due date"));
        } else if (due != null && due.isBefore(receivedOn)) {
            errors.add(new FieldError("dueDate", "The due date cannot be before the referral was received"));
        }
    }

    private Optional<OdsCode> trust(String code, List<FieldError> errors) {
        Optional<OdsCode> trust =
                wellFormedOds(code).filter(c -> network.trust(c).isPresent());
        if (trust.isEmpty()) {
            errors.add(new FieldError("referringTrust", "Unknown referring trust: give the trust's ODS code"));
        }
        return trust;
    }

    private List<OdsCode> sites(ReceiveReferral referral, List<FieldError> errors) {
        List<OdsCode> sites = new ArrayList<>();
        for (String code : referral.acceptableSites()) {
            Optional<OdsCode> site =
                    wellFormedOds(code).filter(c -> network.site(c).isPresent());
            if (site.isEmpty()) {
                errors.add(new FieldError("acceptableSites", "Unknown site: " + code));
            } else {
                sites.add(site.get());
            }
        }
        return sites;
    }

    private static Optional<OdsCode> wellFormedOds(String code) {
        return code != null && code.matches("[A-Z0-9]{3,8}") ? Optional.of(new OdsCode(code)) : Optional.empty();
    }

    private static void range(Integer value, int min, int max, String field, String message, List<FieldError> errors) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldError(field, message));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
