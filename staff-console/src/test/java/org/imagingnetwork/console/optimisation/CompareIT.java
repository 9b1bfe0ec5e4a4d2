package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.optimizer.diary.SkillWords;
import org.imagingnetwork.optimizer.run.RunId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compare page over HTTP on runs with hand-counted results ({@link CompareFixture}): every figure
 * of an allocation, a diary run and a re-plan, one run before and after or two side by side; runs of
 * another kind or scope are refused on the field; a manager of another ICS finds none of them.
 */
class CompareIT {

    private static final Pattern ROW = Pattern.compile("<tr class=\"nhsuk-table__row\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private static ConsoleServer console;
    private static CompareFixture fixture;
    private static StaffClient manager;

    @BeforeAll
    static void fixture() {
        console = ConsoleServer.get();
        fixture = CompareFixture.get(console.jdbi());
        manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, CompareFixture.ICS));
    }

    @Test
    void twoAllocationsShowTheirKeyFiguresAndTheMeanAndSpreadOfWaitsBySiteAndTrust() {
        String page = compare(fixture.allocationOne, fixture.allocationTwo);

        List<List<String>> figures = table(page, "figures-table");
        assertThat(figures.get(0)).containsExactly("Figure", "Before", "First run", "Second run");
        assertThat(figures)
                .contains(
                        List.of("Six-week breaches", "2", "2", "1"),
                        List.of("Patients given a slot", "0", "3", "3"),
                        List.of("Rules broken", "1", "0", "0"),
                        List.of("Room utilisation (% of slots used)", "50.0", "50.0", "50.0"));
        // Before: North 20 days, South 40, East 10 (the booking cancelled before and the one made after
        // the runs were asked for do not count). The first run adds 30 days at North and 5 at South,
        // the second 30 at South and 4 at North.
        assertThat(table(page, "sites-table"))
                .containsExactly(
                        List.of(
                                "Site",
                                "Before: patients",
                                "Before: mean wait (days)",
                                "Before: spread (standard deviation, days)",
                                "First run: patients",
                                "First run: mean wait (days)",
                                "First run: spread (standard deviation, days)",
                                "Second run: patients",
                                "Second run: mean wait (days)",
                                "Second run: spread (standard deviation, days)"),
                        List.of(CompareFixture.EAST, "1", "10.0", "0.0", "1", "10.0", "0.0", "1", "10.0", "0.0"),
                        List.of(CompareFixture.NORTH, "1", "20.0", "0.0", "2", "25.0", "5.0", "2", "12.0", "8.0"),
                        List.of(CompareFixture.SOUTH, "1", "40.0", "0.0", "2", "22.5", "17.5", "2", "35.0", "5.0"));
        // Trust One runs North and East: 20 and 10; then 20, 30, 10 (sd √(200/3)); then 20, 4, 10.
        assertThat(table(page, "trusts-table"))
                .containsSubsequence(
                        List.of(CompareFixture.TRUST_ONE, "2", "15.0", "5.0", "3", "20.0", "8.2", "3", "11.3", "6.6"),
                        List.of(CompareFixture.TRUST_TWO, "1", "40.0", "0.0", "2", "22.5", "17.5", "2", "35.0", "5.0"));
        assertThat(page)
                .contains("The spread is the standard deviation")
                .contains("data-chart-table=\"sites-table\"")
                .contains("data-series=\"yes\">First run: mean wait (days)</th>");
    }

    @Test
    void twoDiaryRunsShowRoomUtilisationBySiteAndStaffHoursBySkillAgainstTheDiaryNow() {
        String page = compare(fixture.diaryOne, fixture.diaryTwo);

        // Open: East 10 hours (Mondays only), North 50, South 60. The diary now runs 3 hours at each
        // site's sessions; the first run 5 at North and 4 at South, the second 8 at North and 10 at South.
        assertThat(table(page, "rooms-table"))
                .containsExactly(
                        List.of(
                                "Site",
                                "Hours open",
                                "Diary now: hours of sessions",
                                "Diary now: utilisation (%)",
                                "First run: hours of sessions",
                                "First run: utilisation (%)",
                                "Second run: hours of sessions",
                                "Second run: utilisation (%)"),
                        List.of(CompareFixture.EAST, "10.0", "3.0", "30.0", "0.0", "0.0", "0.0", "0.0"),
                        List.of(CompareFixture.NORTH, "50.0", "3.0", "6.0", "5.0", "10.0", "8.0", "16.0"),
                        List.of(CompareFixture.SOUTH, "60.0", "6.0", "10.0", "4.0", "6.7", "10.0", "16.7"),
                        List.of("All sites", "120.0", "12.0", "10.0", "9.0", "7.5", "18.0", "15.0"));
        // Rostered: 30 + 20 hours in X-ray, 30 of them for children. Used: the diary now 3 + 3 + 3 in
        // X-ray (3 by the one trained for children); the first run 5 × 2 + 4; the second 4 + 4 + 10.
        assertThat(table(page, "staff-table"))
                .containsExactly(
                        List.of(
                                "Staff",
                                "Rostered hours",
                                "Diary now: hours used",
                                "First run: hours used",
                                "Second run: hours used"),
                        List.of("Staff " + SkillWords.of(Skill.PAEDIATRIC), "30.0", "3.0", "5.0", "8.0"),
                        List.of("Staff " + SkillWords.of(Skill.XR), "50.0", "9.0", "14.0", "18.0"));
        assertThat(page).contains("Diary now is the diary of the run").doesNotContain("id=\"sites-table\"");
    }

    @Test
    void twoReplansShowPatientsBreachesTargetsTravelAndWaitsAgainstTheSlotsTheClosureTook() {
        String page = compare(fixture.replanOne, fixture.replanTwo);

        // r1 routine (breach D+4), r2 two-week wait (target D+4), r3 urgent (target D+5), r4 past its
        // breach date, all at North on D. The first run moves r1, r2 to South on D+1 and r4 to South on
        // D, leaving r3; the second moves r2 to South on D, r3 to East on D, r4 to South on D+1, leaving
        // r1, whose breach date falls in the week.
        assertThat(table(page, "figures-table"))
                .containsExactly(
                        List.of("Figure", "Before the closure", "First run", "Second run"),
                        List.of("Patients with a slot", "4", "3", "3"),
                        List.of("Patients left without a slot", "0", "1", "1"),
                        List.of("Six-week breaches", "1", "1", "2"),
                        List.of("Urgent and two-week-wait patients seen by their target", "2", "1", "2"),
                        List.of("Urgent and two-week-wait patients", "2", "2", "2"),
                        List.of("Mean patient travel (km)", "0.0", "10.0", "6.7"));
        // Waits 38, 10, 2, 50 at North before; 39, 11, 50 at South after the first; 10 and 51 at South
        // and 2 at East after the second.
        assertThat(table(page, "sites-table"))
                .containsExactly(
                        table(page, "sites-table").get(0),
                        List.of(CompareFixture.EAST, "", "", "", "", "", "", "1", "2.0", "0.0"),
                        List.of(CompareFixture.NORTH, "4", "25.0", "19.7", "", "", "", "", "", ""),
                        List.of(CompareFixture.SOUTH, "", "", "", "3", "33.3", "16.4", "2", "30.5", "20.5"));
        assertThat(table(page, "trusts-table"))
                .contains(
                        List.of(CompareFixture.TRUST_ONE, "4", "25.0", "19.7", "", "", "", "1", "2.0", "0.0"),
                        List.of(CompareFixture.TRUST_TWO, "", "", "", "3", "33.3", "16.4", "2", "30.5", "20.5"));
    }

    @Test
    void oneRunIsShownBeforeAndAfterAndTheFormOffersOnlyRunsOfItsKindAndScope() {
        HttpResponse<String> response = manager.get("/optimisation/compare?first=" + fixture.replanOne.value());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(table(response.body(), "figures-table"))
                .contains(
                        List.of("Figure", "Before the closure", "After the run"),
                        List.of("Six-week breaches", "1", "1"));
        assertThat(response.body())
                .contains("value=\"" + fixture.replanTwo.value() + "\"")
                .doesNotContain("value=\"" + fixture.diaryOne.value() + "\"")
                .doesNotContain("value=\"" + fixture.allocationOne.value() + "\"");
    }

    @Test
    void runsOfAnotherKindOrScopeAreRefusedOnTheSecondField() {
        HttpResponse<String> kind = manager.get(
                "/optimisation/compare?first=" + fixture.allocationOne.value() + "&second=" + fixture.diaryOne.value());
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body())
                .contains("href=\"#second\"")
                .contains("Choose a run of the same kind as the first: waiting-list allocation");

        HttpResponse<String> scope = manager.get("/optimisation/compare?first=" + fixture.diaryOne.value() + "&second="
                + fixture.diaryOtherWeek.value());
        assertThat(scope.statusCode()).isEqualTo(400);
        assertThat(scope.body()).contains("href=\"#second\"").contains("Choose a run of the same scope as the first");
    }

    @Test
    void aManagerOfAnotherIcsCannotCompareRunsOfAnyKindOutsideIt() {
        StaffClient other = console.signIn(
                console.staff().at(Role.SERVICE_MANAGER, console.staff().icsOfA()));
        for (RunId run : List.of(fixture.allocationOne, fixture.diaryOne, fixture.replanOne)) {
            assertThat(other.get("/optimisation/compare?first=" + run.value()).statusCode())
                    .as("first " + run)
                    .isEqualTo(404);
        }
        assertThat(other.get("/optimisation/compare?second=" + fixture.diaryTwo.value())
                        .statusCode())
                .isEqualTo(404);
        assertThat(other.get("/optimisation/compare").body())
                .doesNotContain(fixture.diaryOne.value().toString())
                .doesNotContain(fixture.replanOne.value().toString());
    }

    private static String compare(RunId first, RunId second) {
        HttpResponse<String> response =
                manager.get("/optimisation/compare?first=" + first.value() + "&second=" + second.value());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The rows of the table with this id, header row first, each as its cells' text. */
    private static List<List<String>> table(String page, String id) {
        int start = page.indexOf("<table class=\"nhsuk-table\" id=\"" + id + "\"");
        assertThat(start).as("table " + id).isNotNegative();
        String table = page.substring(start, page.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).trim().replace("&#39;", "'").replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }
}
