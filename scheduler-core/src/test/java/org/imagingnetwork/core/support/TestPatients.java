package org.imagingnetwork.core.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.imagingnetwork.core.patient.ContactPreference;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientInput;

/** Patients for tests, each with a fresh valid NHS number so tests never collide. */
public final class TestPatients {
    private TestPatients() {}

    public static String newNhsNumber() {
        while (true) {
            String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
            int check = NhsNumber.checkDigitFor(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    public static PatientInput adult(String nhsNumber) {
        return new PatientInput(
                nhsNumber,
                "Grace",
                "Okafor",
                LocalDate.of(1961, 4, 12),
                "b15 2th",
                "07700 900123",
                null,
                ContactPreference.SMS,
                Language.EN,
                Set.of("wheelchair user"),
                null,
                null,
                null);
    }
}
