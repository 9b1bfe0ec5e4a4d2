package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 2, the released-slot storm: the slots the seeding freed are grabbed all at once by the
 * patients offered them in the portal (accepting their offer, through both portal instances) and
 * as many again booking through the {@code /fhir/booking} channel. Every patient first gets ready
 * (signs in and opens their offer; the channel opens its connection), then all go together.
 * Targets: no request failed (a winner is a booking, every loser a clean "this appointment has
 * gone" page or a 409), and p99 ≤ 250 ms for the grabs; that each slot was booked exactly once is the
 * checker's to say ({@code org.imagingnetwork.load.check.Check --storm-slots}).
 *
 * <p>Reads {@code storm-portal.csv} and {@code storm-channel.csv}; {@code -Dload.channelToken} is
 * the channel's bearer token; {@code -Dload.rampSeconds} (60) spreads the portal patients' sign-ins.
 */
public class StormSimulation extends Simulation {

    /** Everyone ready, or this long after the start: then the grab starts regardless. */
    private static final Duration READY_AT_MOST = Duration.ofMinutes(10);

    private static final Duration POLL = Duration.ofMillis(200);

    private final List<Map<String, Object>> portal = LoadSettings.records("storm-portal.csv");
    private final List<Map<String, Object>> channel = LoadSettings.records("storm-channel.csv");
    private final String token = LoadSettings.required("load.channelToken");
    private final AtomicInteger ready = new AtomicInteger();
    private final long giveUpWaitingAt = System.currentTimeMillis() + READY_AT_MOST.toMillis();

    /** Counts this user ready, then waits (without holding a thread) until everyone is. */
    private ChainBuilder waitForEveryone() {
        int everyone = portal.size() + channel.size();
        return exec(session -> {
                    ready.incrementAndGet();
                    return session;
                })
                .asLongAs(session -> ready.get() < everyone && System.currentTimeMillis() < giveUpWaitingAt)
                .on(pause(POLL));
    }

    private final ScenarioBuilder offers = scenario("Patients accepting an offer")
            .feed(listFeeder(portal).queue())
            .exec(PortalPages.signIn())
            .exec(http("offer").get("/offers/#{offer}").check(status().is(200), PortalPages.csrf()))
            .exec(waitForEveryone())
            .exec(http("storm: accept offer")
                    .post("/offers/#{offer}/accept")
                    .formParam("csrfToken", "#{csrf}")
                    .check(status().is(303), header("Location").saveAs("answer")))
            .exitHereIfFailed()
            // The winner's page says booked; everyone else's, that the appointment has gone (410).
            .exec(http("storm: answer page").get("#{answer}").check(status().in(200, 410)));

    private final ScenarioBuilder channelBookings = scenario("NHS App channel booking")
            .feed(listFeeder(channel).queue())
            .exec(http("channel: capability statement")
                    .get("/fhir/booking/metadata")
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/fhir+json")
                    .check(status().is(200)))
            .exec(waitForEveryone())
            .exec(http("storm: book by channel")
                    .post("/fhir/booking/Appointment")
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/fhir+json")
                    .header("Content-Type", "application/fhir+json")
                    .body(StringBody("""
                            {"resourceType": "Appointment", "status": "booked",
                             "slot": [{"reference": "Slot/#{slot}"}],
                             "basedOn": [{"reference": "ServiceRequest/#{request}"}],
                             "participant": [{"status": "accepted", "actor": {"identifier": {
                                 "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "#{nhsNumber}"}}}]}
                            """))
                    // 201 for the one who got the slot, 409 ("that slot has just been taken") for the rest.
                    .check(status().in(201, 409)));

    {
        setUp(
                        offers.injectOpen(
                                rampUsers(portal.size()).during(LoadSettings.seconds("load.rampSeconds", 60))),
                        channelBookings.injectOpen(atOnceUsers(channel.size())))
                .protocols(PortalPages.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("storm: accept offer")
                                .responseTime()
                                .percentile(99.0)
                                .lte(250),
                        details("storm: answer page")
                                .responseTime()
                                .percentile(99.0)
                                .lte(250),
                        details("storm: book by channel")
                                .responseTime()
                                .percentile(99.0)
                                .lte(250));
    }
}
