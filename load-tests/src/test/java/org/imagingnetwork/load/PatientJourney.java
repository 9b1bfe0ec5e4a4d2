package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A patient's journey in the portal: signs in by the link in their text message, looks at their
 * referrals, searches "choose where" with and without filters, picks a site and a time, holds it and
 * confirms; then some move it (30%) and some cancel it (20%). Pauses
 * {@code -Dload.thinkMinMillis}–{@code -Dload.thinkMaxMillis} (1,000–3,000) between pages. Each
 * booking the patient saw confirmed, and each cancellation, goes to the {@link Confirmations}.
 */
final class PatientJourney {

    private static final String SITE_LINK = "href=\"/referrals/[0-9]+/where/([A-Z0-9]+)\\?";
    private static final String SLOT_RADIO = "name=\"slot\" id=\"slot-([0-9]+)\"";

    /** The filters a patient might set on "choose where": nearer, step-free, mornings, by distance. */
    private static final List<String> FILTERS = List.of(
            "sort=distance",
            "sort=earliest&maxMiles=20",
            "sort=distance&maxMiles=10&times=morning",
            "sort=earliest&stepFree=yes",
            "sort=earliest&times=afternoon&times=weekend",
            "sort=distance&maxMiles=50");

    private final Duration think = Duration.ofMillis(LoadSettings.number("load.thinkMinMillis", 1000));
    private final Duration thinkMax = Duration.ofMillis(LoadSettings.number("load.thinkMaxMillis", 3000));
    private final Confirmations confirmations = Confirmations.fromSettings();

    private ChainBuilder thinking() {
        return pause(think, thinkMax);
    }

    /**
     * "Choose where" as the patient first sees it and then with a filter, a site from the filtered
     * list (or the first list, when nothing matched the filter), and that site's week of times.
     */
    private ChainBuilder chooseSiteAndWeek(String prefix) {
        return exec(http(prefix + "choose where")
                        .get("/referrals/#{request}/where")
                        .check(
                                status().is(200),
                                regex(SITE_LINK).findAll().optional().saveAs("sites")))
                // No site can do this exam for this patient now (the page says so): nothing to book.
                .exitHereIf(session -> !session.contains("sites"))
                .exec(thinking())
                .exec(session -> session.set("filter", FILTERS.get(random(FILTERS.size()))))
                .exec(http(prefix + "choose where, filtered")
                        .get("/referrals/#{request}/where?#{filter}")
                        .check(
                                status().is(200),
                                regex(SITE_LINK).findAll().optional().saveAs("filtered")))
                .exec(session -> {
                    List<String> sites = session.contains("filtered") ? session.getList("filtered") : List.of();
                    List<String> from = sites.isEmpty() ? session.getList("sites") : sites;
                    return session.set("site", from.get(random(Math.min(3, from.size()))))
                            .remove("filtered");
                })
                .exec(thinking())
                .exec(http(prefix + "choose when")
                        .get("/referrals/#{request}/where/#{site}")
                        .check(
                                status().is(200),
                                PortalPages.csrf(),
                                regex(SLOT_RADIO).findAll().saveAs("slots")));
    }

    /**
     * Holds a time from the week shown, another if someone else holds it (up to three tries), then
     * confirms it: {@code booked} is true in the session if it was booked.
     */
    private ChainBuilder holdAndConfirm(String prefix) {
        return exec(session -> session.set("held", false).set("tries", 0).set("booked", false))
                .asLongAs(session -> !session.getBoolean("held") && session.getInt("tries") < 3)
                .on(exec(session -> {
                            List<String> slots = session.getList("slots");
                            return session.set("slot", slots.get(random(slots.size())))
                                    .set("tries", session.getInt("tries") + 1);
                        })
                        .exec(thinking())
                        .exec(http(prefix + "hold")
                                .post("/referrals/#{request}/hold")
                                .formParam("slot", "#{slot}")
                                .formParam("site", "#{site}")
                                .formParam("csrfToken", "#{csrf}")
                                .check(status().is(303), header("Location").saveAs("next")))
                        .exec(doIfOrElse(session -> session.getString("next").contains("/confirm"))
                                .then(exec(session -> session.set("held", true)))
                                .orElse(exec(http(prefix + "choose when, time taken")
                                        .get("#{next}")
                                        .check(
                                                status().is(200),
                                                PortalPages.csrf(),
                                                regex(SLOT_RADIO).findAll().saveAs("slots"))))))
                .doIf(session -> session.getBoolean("held"))
                .then(exec(http(prefix + "confirm page").get("#{next}").check(status().is(200), PortalPages.csrf()))
                        .exec(thinking())
                        .exec(http(prefix + "confirm")
                                .post("/referrals/#{request}/confirm")
                                .formParam("slot", "#{slot}")
                                .formParam("csrfToken", "#{csrf}")
                                .check(status().is(303), header("Location").saveAs("outcome")))
                        .exec(doIfOrElse(session -> session.getString("outcome").contains("/booked"))
                                .then(exec(http(prefix + "booked")
                                                .get("#{outcome}")
                                                .check(status().is(200)))
                                        .exec(session -> {
                                            confirmations.booked(
                                                    session.getString("request"), session.getString("slot"));
                                            return session.set("booked", true);
                                        }))
                                // Someone else's booking got there first: the sorry page, and the patient keeps their
                                // place.
                                .orElse(exec(http(prefix + "not booked")
                                        .get("#{outcome}")
                                        .check(status().is(409))))));
    }

    private final ChainBuilder change = exec(thinking())
            .exec(http("change: referral").get("/referrals/#{request}").check(status().is(200)))
            .exec(thinking())
            .exec(chooseSiteAndWeek("change: "))
            .exitHereIfFailed()
            .exec(holdAndConfirm("change: "));

    private final ChainBuilder cancel = exec(thinking())
            .exec(http("cancel: form").get("/referrals/#{request}/cancel").check(status().is(200), PortalPages.csrf()))
            .exec(thinking())
            .exec(http("cancel")
                    .post("/referrals/#{request}/cancel")
                    .formParam("reason", "cannotAttend")
                    .formParam("csrfToken", "#{csrf}")
                    // Only the "cancelled" page says it was done: any other answer is a failure, not a cancellation.
                    .check(
                            status().is(303),
                            header("Location")
                                    .transform(location -> location.endsWith("/cancelled"))
                                    .is(true),
                            header("Location").saveAs("cancelled")))
            .exitHereIfFailed()
            .exec(http("cancelled").get("#{cancelled}").check(status().is(200)))
            .exec(session -> {
                confirmations.cancelled(session.getString("request"));
                return session;
            });

    /** The journey of each patient of the feeder's records, taken in turn and again from the start. */
    ScenarioBuilder journey(List<Map<String, Object>> patients) {
        return scenario("Patients")
                .feed(listFeeder(patients).circular())
                .exec(PortalPages.signIn())
                .exitHereIfFailed()
                .exec(http("referrals").get("/referrals").check(status().is(200)))
                .exec(thinking())
                .exec(http("referral").get("/referrals/#{request}").check(status().is(200)))
                .exec(thinking())
                .exec(chooseSiteAndWeek(""))
                .exitHereIfFailed()
                .exec(holdAndConfirm(""))
                .exec(doIf(session -> session.getBoolean("booked"))
                        .then(randomSwitch()
                                .on(percent(30.0).then(change), percent(20.0).then(cancel))));
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }
}
