package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.imagingnetwork.core.time.London;

/**
 * Scenario 3's two kinds of caller of the FHIR boundary. The NHS App, for each patient of the
 * seeding's {@code channel-patients.csv}: searches the free slots of the patient's exam over the
 * next four weeks ({@code GET /fhir/booking/Slot}, the earliest 20), books one of them at random, and
 * another if that one was just taken (up to three tries). The trusts' RIS, for each booked
 * appointment of {@code ris-statuses.csv}: report it arrived and, {@code -Dload.fulfilledAfterSeconds}
 * later, fulfilled ({@code PUT /fhir/ris/Appointment/<id>}, with the token of the trust of its site).
 * Each booking made goes to the {@link Confirmations}; every answer to {@link #bookings()}.
 */
final class ChannelJourney {

    static final String EXAM_SYSTEM = "https://fhir.imagingnetwork.nhs.uk/CodeSystem/exam";

    private static final int TRIES = 3;
    private static final int RESULTS = 20;

    private final String channelToken = LoadSettings.required("load.channelToken");
    private final TrustTokens trustTokens = TrustTokens.parse(LoadSettings.required("load.trustTokens"));
    private final Duration fulfilledAfter = LoadSettings.seconds("load.fulfilledAfterSeconds", 10);
    private final Confirmations confirmations = Confirmations.fromSettings();
    private final Tally bookings = new Tally("NHS App bookings");

    Tally bookings() {
        return bookings;
    }

    ScenarioBuilder nhsApp(List<Map<String, Object>> patients) {
        return scenario("NHS App channel")
                .feed(listFeeder(patients).queue())
                .exec(session -> {
                    LocalDate from = LocalDate.now(London.ZONE).plusDays(2);
                    return session.set("from", from.toString())
                            .set("to", from.plusWeeks(4).toString())
                            .set("booked", false)
                            .set("tries", 0);
                })
                .exec(FhirRequests.as(http("channel: search free slots").get("/fhir/booking/Slot"), channelToken)
                        .queryParam("status", "free")
                        .queryParam("service-type", EXAM_SYSTEM + "|#{exam}")
                        .queryParam("start", "ge#{from}")
                        .queryParam("start", "lt#{to}")
                        .queryParam("_count", String.valueOf(RESULTS))
                        .check(
                                status().is(200),
                                jsonPath("$.entry[*].resource.identifier[0].value")
                                        .findAll()
                                        .optional()
                                        .saveAs("slots")))
                .exitHereIfFailed()
                .doIf(session -> !session.contains("slots"))
                .then(exec(session -> {
                    bookings.count("no free slot found");
                    return session.set("slots", List.of());
                }))
                .asLongAs(session -> !session.getBoolean("booked")
                        && session.getInt("tries") < TRIES
                        && !session.getList("slots").isEmpty())
                .on(exec(ChannelJourney::takeOneSlot)
                        .exec(FhirRequests.book("channel: book", channelToken)
                                // 201 booked; 409 the slot was just taken; 422 only for a slot that does not
                                // suit the patient (the search does not know the booking's rules), never for
                                // the request.
                                .check(status().in(201, 409, 422), status().saveAs("answer"))
                                .checkIf(
                                        (response, session) -> response.status().code() == 422)
                                .then(jsonPath("$.issue[0].expression[0]").is("Appointment.slot")))
                        .exitHereIfFailed()
                        .exec(this::recordAnswer))
                .doIf(session -> !session.getBoolean("booked")
                        && !session.getList("slots").isEmpty())
                .then(exec(session -> {
                    bookings.count("not booked after " + TRIES + " tries");
                    return session;
                }));
    }

    ScenarioBuilder trusts(List<Map<String, Object>> appointments) {
        return scenario("Trusts reporting appointment statuses")
                .feed(listFeeder(appointments).queue())
                .exec(session -> session.set("trustToken", trustTokens.of(session.getString("trust"))))
                .exec(FhirRequests.reportStatus("trust: arrived", "#{trustToken}", "arrived")
                        .check(status().is(200)))
                .pause(fulfilledAfter)
                .exec(FhirRequests.reportStatus("trust: fulfilled", "#{trustToken}", "fulfilled")
                        .check(status().is(200)));
    }

    /** One of the slots found, at random, taken off the list so a second try picks another. */
    private static Session takeOneSlot(Session session) {
        List<Object> slots = new ArrayList<>(session.getList("slots"));
        Object slot = slots.remove(ThreadLocalRandom.current().nextInt(slots.size()));
        return session.set("slot", slot).set("slots", slots).set("tries", session.getInt("tries") + 1);
    }

    private Session recordAnswer(Session session) {
        int answer = session.getInt("answer");
        if (answer == 201) {
            bookings.count("booked");
            confirmations.booked(session.getString("request"), session.getString("slot"));
            return session.set("booked", true);
        }
        bookings.count(answer == 409 ? "slot just taken (409)" : "slot does not suit the patient (422)");
        return session;
    }
}
