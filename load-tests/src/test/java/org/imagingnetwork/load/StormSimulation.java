package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 2, the released-slot storm ({@link StormJourney}): the slots the seeding freed are grabbed
 * all at once by the patients offered them in the portal (through both portal instances) and as many
 * again booking through the {@code /fhir/booking} channel. Targets: no request failed (a winner is a
 * booking, every loser a clean "this appointment has gone" page or a 409), and p99 ≤ 250 ms for the
 * grabs; that each slot was booked exactly once is the checker's to say
 * ({@code org.imagingnetwork.load.check.Check --storm-slots}). {@code -Dload.rampSeconds} (60)
 * spreads the portal patients' sign-ins before the grab.
 */
public class StormSimulation extends Simulation {

    {
        StormJourney storm = new StormJourney();
        setUp(
                        storm.offers()
                                .injectOpen(rampUsers(storm.portalContenders())
                                        .during(LoadSettings.seconds("load.rampSeconds", 60))),
                        storm.channel().injectOpen(atOnceUsers(storm.channelContenders())))
                .protocols(PortalPages.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        Targets.p99("storm: accept offer", 250),
                        Targets.p99("storm: answer page", 250),
                        Targets.p99("storm: book by channel", 250));
    }
}
