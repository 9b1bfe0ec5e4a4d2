package org.imagingnetwork.load.seed;

import java.time.Clock;
import java.util.List;

/**
 * Scenario 3's users, read from the network and changed in nothing: the patients the NHS App
 * searches free slots for and books through {@code /fhir/booking} (waiting patients whom any slot of
 * their exam suits), and the booked appointments the trusts' RIS report arrived and then fulfilled
 * through {@code /fhir/ris}, each with the trust of its site, whose token the report carries.
 */
final class ChannelSeeding {

    static final String PATIENTS_FILE = "channel-patients.csv";
    static final String STATUSES_FILE = "ris-statuses.csv";

    /** Who books through the NHS App, and what the trusts report. */
    record Channels(FeederFile patients, FeederFile statuses) {}

    private final Platform platform;
    private final Clock clock;

    ChannelSeeding(Platform platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    Channels seed(int patients, int statuses) {
        List<SeedQueries.ChannelPatient> found = platform.queries().channelPatients(patients, clock.instant());
        List<SeedQueries.Reportable> booked = platform.queries().appointmentsToReport(statuses);
        if (found.size() < patients || booked.size() < statuses) {
            throw new IllegalStateException(
                    "The network has " + found.size() + " patients the NHS App can book for and " + booked.size()
                            + " booked appointments to report; asked for " + patients + " and " + statuses);
        }
        FeederFile patientFile = FeederFile.of("request", "nhsNumber", "exam");
        found.forEach(p -> patientFile.add(p.requestId(), p.nhsNumber(), p.exam()));
        FeederFile statusFile = FeederFile.of("appointment", "trust");
        booked.forEach(a -> statusFile.add(a.appointmentId(), a.trust()));
        return new Channels(patientFile, statusFile);
    }
}
