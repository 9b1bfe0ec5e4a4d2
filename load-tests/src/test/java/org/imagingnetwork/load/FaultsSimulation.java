package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Scenarios 1 and 2 at once, for load-tests/faults/run.sh to break things under: patients
 * ({@link PatientJourney}, {@code -Dload.users} for {@code -Dload.seconds}) and, {@code
 * -Dload.stormAfterSeconds} in, the released-slot storm ({@link StormJourney}). No assertions:
 * requests in flight on an instance that is killed fail, and what must hold afterwards (no
 * confirmed booking lost, none doubled, every RIS the network's) is the checker's to say, from what
 * the patients were told ({@code -Dload.confirmed}).
 */
public class FaultsSimulation extends Simulation {

    {
        int users = LoadSettings.number("load.users", 50);
        Duration stormAfter = LoadSettings.seconds("load.stormAfterSeconds", 60);
        StormJourney storm = new StormJourney();
        setUp(
                        new PatientJourney()
                                .journey(LoadSettings.records(LoadSettings.text("load.patients", "patients.csv")))
                                .injectClosed(
                                        rampConcurrentUsers(0).to(users).during(Duration.ofSeconds(10)),
                                        constantConcurrentUsers(users)
                                                .during(LoadSettings.seconds("load.seconds", 360))),
                        storm.offers()
                                .injectOpen(
                                        nothingFor(stormAfter),
                                        rampUsers(storm.portalContenders()).during(Duration.ofSeconds(30))),
                        storm.channel().injectOpen(nothingFor(stormAfter), atOnceUsers(storm.channelContenders())))
                .protocols(PortalPages.protocol());
    }
}
