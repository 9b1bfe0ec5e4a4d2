package org.imagingnetwork.optimizer.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.ContactPreference;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.patient.Postcode;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.PatientPreferences;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Protocol;
import org.imagingnetwork.core.request.Referral;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.SixWeekBreach;

/** Core records (exams, patients, requests) for tests of the mappers. */
final class CoreRecords {
    private CoreRecords() {}

    static Exam exam(String code, Modality modality, int adultMinutes, boolean contrast, Capability... capabilities) {
        return new Exam(
                new ExamCode(code),
                code,
                modality,
                Map.of(
                        AgeBand.ADULT,
                        Duration.ofMinutes(adultMinutes),
                        AgeBand.CHILD,
                        Duration.ofMinutes(adultMinutes + 15)),
                capabilities.length == 0 ? Set.of() : EnumSet.of(capabilities[0], capabilities),
                Set.of(),
                contrast,
                "None",
                "Dim",
                Optional.empty());
    }

    static Patient patient(long id, LocalDate born) {
        return new Patient(
                new PatientId(id),
                new NhsNumber(nhsNumber(id)),
                "Sam",
                "Patient" + id,
                born,
                new Postcode("B15 2TH"),
                Optional.of("07700900000"),
                Optional.empty(),
                ContactPreference.SMS,
                Language.EN,
                Set.of(),
                Optional.empty());
    }

    static Request request(long id, long patient, String exam, OdsCode trust, Instant received, ClinicalNeeds needs) {
        return new Request(
                new RequestId(id),
                new PatientId(patient),
                new ExamCode(exam),
                Priority.ROUTINE,
                Optional.empty(),
                new Referral(trust, "Dr Singh"),
                received,
                SixWeekBreach.dateFor(received),
                RequestState.WAITING,
                needs,
                Protocol.notSet(),
                PatientPreferences.anywhere(),
                0);
    }

    static ClinicalNeeds sedation() {
        return new ClinicalNeeds(true, false, OptionalInt.empty(), false, false);
    }

    /** A valid NHS number derived from a small id (Modulus 11 check digit). */
    static String nhsNumber(long id) {
        for (long n = id; ; n++) {
            String nine = String.format("%09d", 400_000_000L + n);
            int check = NhsNumber.checkDigitFor(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }
}
