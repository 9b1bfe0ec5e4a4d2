package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Scenario 3, the channels ({@link ChannelJourney}), through the load balancer to the FHIR boundary,
 * at steady rates (an open model: callers arrive whatever the answers' speed): {@code
 * -Dload.bookingsPerMinute} NHS App patients (120) searching and booking, and {@code
 * -Dload.reportsPerMinute} appointments (120) the trusts report arrived and then fulfilled, for
 * {@code -Dload.seconds} (180). Targets: no request failed; p99 ≤ 300 ms for the search (a read, as
 * scenario 1's pages) and ≤ 250 ms for a booking and each status report (writes, as scenario 2's
 * grabs). Patients and appointments come from the seeding's files (or those named by {@code
 * -Dload.channelPatients} and {@code -Dload.risStatuses}), each used once.
 */
public class ChannelsSimulation extends Simulation {

    private final ChannelJourney channels = new ChannelJourney();

    {
        Duration during = LoadSettings.seconds("load.seconds", 180);
        setUp(
                        channels.nhsApp(LoadSettings.records(
                                        LoadSettings.text("load.channelPatients", "channel-patients.csv")))
                                .injectOpen(constantUsersPerSec(perSecond("load.bookingsPerMinute"))
                                        .during(during)),
                        channels.trusts(LoadSettings.records(LoadSettings.text("load.risStatuses", "ris-statuses.csv")))
                                .injectOpen(constantUsersPerSec(perSecond("load.reportsPerMinute"))
                                        .during(during)))
                .protocols(PortalPages.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        Targets.p99("channel: search free slots", 300),
                        Targets.p99("channel: book", 250),
                        Targets.p99("trust: arrived", 250),
                        Targets.p99("trust: fulfilled", 250));
    }

    @Override
    public void after() {
        System.out.println(channels.bookings().report());
    }

    private static double perSecond(String perMinute) {
        return LoadSettings.number(perMinute, 120) / 60.0;
    }
}
