package org.imagingnetwork.load.seed;

import java.time.Clock;
import java.util.List;
import org.imagingnetwork.core.patient.PatientId;

/**
 * Scenario 1's patients: each gets a sign-in link issued by core's SignInLinks with the portal's key, as a text message
 * would carry it, with the date of birth and postcode they answer it with.
 */
final class PatientSeeding {

    static final String FILE = "patients.csv";

    private final Platform platform;
    private final Clock clock;

    PatientSeeding(Platform platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    FeederFile seed(int count) {
        List<SeedQueries.Patient> patients = platform.queries().bookablePatients(count, clock.instant());
        if (patients.size() < count) {
            throw new IllegalStateException("The network has only " + patients.size()
                    + " patients ready to book; asked for " + count + " (load a larger network)");
        }
        FeederFile feeder = FeederFile.of("token", "request", "day", "month", "year", "postcode");
        for (SeedQueries.Patient patient : patients) {
            String token = platform.links().issue(new PatientId(patient.patientId()));
            feeder.add(
                    token,
                    patient.requestId(),
                    patient.dateOfBirth().getDayOfMonth(),
                    patient.dateOfBirth().getMonthValue(),
                    patient.dateOfBirth().getYear(),
                    patient.postcode());
        }
        return feeder;
    }
}
