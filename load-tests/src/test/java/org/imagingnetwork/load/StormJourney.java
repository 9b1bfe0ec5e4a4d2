package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The released-slot storm's two kinds of contender, from the seeding's {@code storm-portal.csv} and
 * {@code storm-channel.csv} (or the files {@code -Dload.stormPortal} and {@code -Dload.stormChannel}
 * name): patients who accept the offer they were texted, and patients the NHS App books through
 * {@code /fhir/booking} ({@code -Dload.channelToken} is its bearer token). Every
 * contender first gets ready (signs in and opens the offer; the channel opens its connection), then
 * all grab together. Each grab that got the slot goes to the {@link Confirmations}.
 */
final class StormJourney {

    /** Everyone ready, or this long after the first is: then the grab starts regardless. */
    private static final Duration READY_AT_MOST = Duration.ofMinutes(10);

    private static final Duration POLL = Duration.ofMillis(200);

    /** A grab is tried at most this often, a few seconds apart. */
    private static final int GRAB_TRIES = 3;

    private static final Duration AGAIN_AFTER_MIN = Duration.ofSeconds(2);
    private static final Duration AGAIN_AFTER_MAX = Duration.ofSeconds(5);

    private final List<Map<String, Object>> portal =
            LoadSettings.records(LoadSettings.text("load.stormPortal", "storm-portal.csv"));
    private final List<Map<String, Object>> channel =
            LoadSettings.records(LoadSettings.text("load.stormChannel", "storm-channel.csv"));
    private final String token = LoadSettings.required("load.channelToken");
    private final Confirmations confirmations = Confirmations.fromSettings();
    private final AtomicInteger ready = new AtomicInteger();
    private volatile long giveUpWaitingAt = Long.MAX_VALUE;

    int portalContenders() {
        return portal.size();
    }

    int channelContenders() {
        return channel.size();
    }

    /** Counts this contender ready, then waits (without holding a thread) until everyone is. */
    private ChainBuilder waitForEveryone() {
        int everyone = portal.size() + channel.size();
        return exec(session -> {
                    if (ready.getAndIncrement() == 0) {
                        giveUpWaitingAt = System.currentTimeMillis() + READY_AT_MOST.toMillis();
                    }
                    return session;
                })
                .asLongAs(session -> ready.get() < everyone && System.currentTimeMillis() < giveUpWaitingAt)
                .on(pause(POLL));
    }

    /**
     * A grab the platform did not answer (HAProxy's 503 after its queue's 30 s, the request never having
     * reached an instance) is sent again after a few seconds, as a patient presses the button again and
     * the NHS App retries: otherwise a slot all of whose contenders timed out stays free. Every try that
     * failed still counts as a failed request in Gatling's figures.
     */
    private static ChainBuilder tryAgainWhenBusy(HttpRequestActionBuilder grab) {
        return tryMax(GRAB_TRIES, "grabTry")
                .on(doIf(session -> session.getInt("grabTry") > 0)
                        .then(pause(AGAIN_AFTER_MIN, AGAIN_AFTER_MAX))
                        .exec(grab));
    }

    ScenarioBuilder offers() {
        return scenario("Patients accepting an offer")
                .feed(listFeeder(portal).queue())
                .exec(PortalPages.signIn())
                .exec(http("offer").get("/offers/#{offer}").check(status().is(200), PortalPages.csrf()))
                .exec(waitForEveryone())
                .exec(tryAgainWhenBusy(http("storm: accept offer")
                        .post("/offers/#{offer}/accept")
                        .formParam("csrfToken", "#{csrf}")
                        .check(status().is(303), header("Location").saveAs("answer"))))
                .exitHereIfFailed()
                // The winner's page says booked; everyone else's, that the appointment has gone (410).
                .exec(http("storm: answer page").get("#{answer}").check(status().in(200, 410)))
                .doIf(session -> session.getString("answer").contains("/booked"))
                .then(exec(session -> {
                    confirmations.booked(session.getString("request"), session.getString("slot"));
                    return session;
                }));
    }

    ScenarioBuilder channel() {
        return scenario("NHS App channel booking")
                .feed(listFeeder(channel).queue())
                .exec(FhirRequests.capabilities("channel: capability statement", token)
                        .check(status().is(200)))
                .exec(waitForEveryone())
                .exec(tryAgainWhenBusy(FhirRequests.book("storm: book by channel", token)
                        // 201 for the one who got the slot, 409 ("that slot has just been taken") for the rest.
                        .check(status().in(201, 409), status().saveAs("booking"))))
                .exitHereIfFailed()
                .doIf(session -> session.getInt("booking") == 201)
                .then(exec(session -> {
                    confirmations.booked(session.getString("request"), session.getString("slot"));
                    return session;
                }));
    }
}
