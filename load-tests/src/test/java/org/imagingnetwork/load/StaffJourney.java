package org.imagingnetwork.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A bookings clerk's session in the staff console, for each member of staff of the seeding's {@code
 * staff.csv}: signs in through the CIS2 stand-in as a bookings clerk of their trust, then, {@code
 * -Dload.staffRounds} times (5), opens the waiting list's first page, the first page with a filter
 * (a modality and priority, a band of weeks waited, "no slot before breach", or their site), that
 * list's second page, and their site's week in the diary (one of the diary's weeks) and the week
 * after. Pauses {@code -Dload.thinkMinMillis}–{@code -Dload.thinkMaxMillis} (2,000–5,000) between pages.
 */
final class StaffJourney {

    /** A bookings clerk's national RBAC role code (docs/staff-console.md). */
    private static final String BOOKINGS_CLERK = "R8008";

    /** The waiting list's filters a clerk sets, besides their own site (issue 11's list). */
    private static final List<String> FILTERS =
            List.of("modality=CT&priority=ROUTINE", "band=6", "noSlotBeforeBreach=true", "modality=MR&priority=URGENT");

    /** The diary's weeks a clerk looks at: its first eleven, so the week after is in the diary too. */
    private static final int WEEKS = 11;

    private final Duration think = Duration.ofMillis(LoadSettings.number("load.thinkMinMillis", 2000));
    private final Duration thinkMax = Duration.ofMillis(LoadSettings.number("load.thinkMaxMillis", 5000));
    private final int rounds = LoadSettings.number("load.staffRounds", 5);

    private ChainBuilder thinking() {
        return pause(think, thinkMax);
    }

    ScenarioBuilder journey(List<Map<String, Object>> staff) {
        return scenario("Bookings staff")
                .feed(listFeeder(staff).circular())
                .exec(session -> session.set(
                        "claims",
                        ConsolePages.claims(
                                session.getString("user"), BOOKINGS_CLERK, session.getString("organisation"))))
                .exec(ConsolePages.signIn())
                .exitHereIfFailed()
                .repeat(rounds)
                .on(exec(thinking())
                        .exec(page("worklist: first page", "/worklist", "Waiting list"))
                        .exec(thinking())
                        .exec(session -> session.set("filter", filter(session)))
                        .exec(page("worklist: first page, filtered", "/worklist?#{filter}", "Waiting list"))
                        .exec(thinking())
                        .exec(page("worklist: next page", "/worklist?#{filter}&page=2", "Waiting list"))
                        .exec(thinking())
                        .exec(StaffJourney::chooseWeek)
                        .exec(page("diary: site week", "/diary?site=#{site}&view=week&date=#{week}", "Diary"))
                        .exec(thinking())
                        .exec(page(
                                "diary: site week, next", "/diary?site=#{site}&view=week&date=#{nextWeek}", "Diary")));
    }

    /** A page of the console, signed in: 200 and its title (a lost session would be sent to sign in). */
    private static ChainBuilder page(String name, String path, String title) {
        return exec(http(name).get(path).check(status().is(200), substring("<title>" + title)));
    }

    private static String filter(Session session) {
        int pick = ThreadLocalRandom.current().nextInt(FILTERS.size() + 1);
        return pick == FILTERS.size() ? "site=" + session.getString("site") : FILTERS.get(pick);
    }

    private static Session chooseWeek(Session session) {
        LocalDate week = LocalDate.parse(session.getString("diaryStart"))
                .plusWeeks(ThreadLocalRandom.current().nextInt(WEEKS));
        return session.set("week", week.toString())
                .set("nextWeek", week.plusWeeks(1).toString());
    }
}
