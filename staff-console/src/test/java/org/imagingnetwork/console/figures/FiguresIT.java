package org.imagingnetwork.console.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.console.web.Show;
import org.imagingnetwork.core.bi.AttendanceRate;
import org.imagingnetwork.core.bi.BreachShare;
import org.imagingnetwork.core.bi.DiaryFigures;
import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.FigureRefresh;
import org.imagingnetwork.core.bi.Grain;
import org.imagingnetwork.core.bi.PatientChoice;
import org.imagingnetwork.core.bi.ReleasedSlots;
import org.imagingnetwork.core.bi.RequestFigures;
import org.imagingnetwork.core.bi.StateFlow;
import org.imagingnetwork.core.bi.Turnaround;
import org.imagingnetwork.core.bi.TurnaroundTargets;
import org.imagingnetwork.core.bi.WaitingCensus;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures pages over HTTP on the SMALL network: they show what the core computes for the filter
 * (page and CSV), a manager sees only their scope (another trust or ICS in the query is "not found"),
 * bad filters are named, and the refresh needs the form token.
 */
class FiguresIT {

    private static ConsoleServer console;
    private static RequestFigures requests;
    private static DiaryFigures diary;
    private static LocalDate from;
    private static LocalDate last;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        requests = console.context().getBean(RequestFigures.class);
        diary = console.context().getBean(DiaryFigures.class);
        FigureHistory.releaseASlotAtTrustAAndRefresh(console);
        // Twelve weeks of history and four of the diary ahead: every figure has something to count.
        LocalDate today = LocalDate.now(London.ZONE);
        from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(12);
        last = today.plusWeeks(4);
    }

    @Test
    void theNetworksPagesAndExportsShowTheCoresFigures() {
        StaffClient manager = console.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));
        FigureFilter filter = filter(allTrusts()).by(Grain.WEEK);
        String query = "?from=" + from + "&to=" + last + "&grain=WEEK";

        WaitingCensus census = requests.waitingList(filter);
        assertThat(census.waiting()).isPositive();
        HttpResponse<String> waitingPage = manager.get("/figures/waiting-list" + query);
        assertThat(waitingPage.statusCode()).isEqualTo(200);
        assertThat(waitingPage.body())
                .contains(Show.INSTANCE.count(census.waiting()) + " waiting to be scanned")
                .contains("Waiting six weeks or more, by referring trust")
                .contains("data-chart=");
        Map<String, String> bands =
                column(csv(manager.get("/figures/export/waiting-by-weeks" + query)), "weeks_waited", "requests");
        census.bands().forEach(b -> assertThat(bands.get(b.label())).isEqualTo(String.valueOf(b.requests())));
        Map<String, String> byTrust =
                column(csv(manager.get("/figures/export/over-six-weeks-by-trust" + query)), "trust", "over_six_weeks");
        requests.breachShares(filter).stream()
                .filter(s -> s.by() == BreachShare.By.TRUST)
                .forEach(s -> assertThat(byTrust.get(s.key())).isEqualTo(String.valueOf(s.overSixWeeks())));
        assertThat(csv(manager.get("/figures/export/over-six-weeks-trend" + query)))
                .hasSize(requests.breachTrend(filter).size());

        List<StateFlow> flow = requests.flow(filter);
        List<Map<String, String>> flowRows = csv(manager.get("/figures/export/flow" + query));
        long received = flow.stream()
                .filter(f -> f.state().name().equals("RECEIVED"))
                .mapToLong(StateFlow::entries)
                .sum();
        assertThat(received).isPositive();
        assertThat(flowRows.stream()
                        .mapToLong(r -> Long.parseLong(r.get("received")))
                        .sum())
                .isEqualTo(received);
        assertThat(manager.get("/figures/flow" + query).body()).contains("Week beginning");

        Map<String, String> turnaround =
                column(csv(manager.get("/figures/export/turnaround" + query)), "milestone", "requests");
        Map<String, String> withinTarget =
                column(csv(manager.get("/figures/export/turnaround" + query)), "milestone", "target_met");
        for (Turnaround t : requests.turnaround(filter)) {
            assertThat(turnaround.get(t.milestone().name())).isEqualTo(String.valueOf(t.requests()));
            assertThat(withinTarget.get(t.milestone().name()))
                    .as("%s against the default target", t.milestone())
                    .isEqualTo(
                            switch (TurnaroundTargets.standard().judge(t)) {
                                case MET -> "true";
                                case MISSED -> "false";
                                case NO_REQUESTS -> "";
                            });
        }
        assertThat(manager.get("/figures/turnaround" + query).body())
                .contains("Target (days)")
                .contains("90th percentile within target");

        List<AttendanceRate> attendance = diary.attendance(filter);
        List<Map<String, String>> attendanceRows = csv(manager.get("/figures/export/attendance" + query));
        assertThat(attendanceRows).hasSize(attendance.size());
        assertThat(attendanceRows.stream()
                        .mapToLong(r -> Long.parseLong(r.get("made")))
                        .sum())
                .isEqualTo(attendance.stream().mapToLong(AttendanceRate::booked).sum());
        assertThat(csv(manager.get("/figures/export/room-utilisation" + query)))
                .hasSize(diary.utilisation(filter).size());

        ReleasedSlots released = diary.releasedSlots(filter);
        assertThat(released.released()).isPositive();
        Map<String, String> releasedRows =
                measures(manager.get("/figures/export/released-slots" + query), released.released());
        assertThat(releasedRows.get("released")).isEqualTo(String.valueOf(released.released()));
        assertThat(releasedRows.get("refilled")).isEqualTo(String.valueOf(released.refilled()));
        assertThat(releasedRows.get("offers_sent")).isEqualTo(String.valueOf(released.offersSent()));

        PatientChoice choice = requests.patientChoice(filter);
        assertThat(choice.bookings()).isPositive();
        Map<String, String> choiceRows =
                measures(manager.get("/figures/export/patient-choice" + query), choice.bookings());
        assertThat(choiceRows.get("bookings")).isEqualTo(String.valueOf(choice.bookings()));
        assertThat(choiceRows.get("another_trust")).isEqualTo(String.valueOf(choice.atAnotherTrust()));
        assertThat(manager.get("/figures/patient-choice" + query).body())
                .contains(Show.INSTANCE.count(choice.bookings()));
    }

    @Test
    void filtersNarrowTheFiguresAsTheCoreDoes() {
        StaffClient manager = console.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));
        String a = console.staff().trustA();
        FigureFilter filter = filter(allTrusts())
                .withTrust(new OdsCode(a))
                .withPriority(org.imagingnetwork.core.request.Priority.ROUTINE);
        String query = "?from=" + from + "&to=" + last + "&grain=DAY&trust=" + a + "&priority=ROUTINE";

        List<Map<String, String>> flowRows = csv(manager.get("/figures/export/flow" + query));
        assertThat(flowRows).hasSize((int) java.time.temporal.ChronoUnit.DAYS.between(from, last) + 1);
        long vetted = requests.flow(filter).stream()
                .filter(f -> f.state().name().equals("VETTED"))
                .mapToLong(StateFlow::entries)
                .sum();
        assertThat(flowRows.stream()
                        .mapToLong(r -> Long.parseLong(r.get("vetted")))
                        .sum())
                .isEqualTo(vetted);
        assertThat(column(csv(manager.get("/figures/export/over-six-weeks-by-trust" + query)), "trust", "waiting"))
                .containsOnlyKeys(a);
    }

    @Test
    void aManagerSeesOnlyTheirScopeAndAnotherTrustIsNotFound() {
        String a = console.staff().trustA();
        String b = console.staff().trustB();
        StaffClient managerOfB = console.signIn(console.staff().ofTrustB(Role.SERVICE_MANAGER));
        String period = "&from=" + from + "&to=" + last;

        assertThat(managerOfB.get("/figures/waiting-list?trust=" + a + period).statusCode())
                .isEqualTo(404);
        assertThat(managerOfB.get("/figures/export/flow?trust=" + a + period).statusCode())
                .isEqualTo(404);
        assertThat(managerOfB
                        .get("/figures/flow?ics=" + console.staff().icsOfA() + period)
                        .statusCode())
                .isEqualTo(404);
        String siteOfA = console.jdbi()
                .withHandle(h -> h.createQuery(
                                "select ods_code from site where trust_ods_code = :t order by ods_code limit 1")
                        .bind("t", a)
                        .mapTo(String.class)
                        .one());
        assertThat(managerOfB
                        .get("/figures/attendance?site=" + siteOfA + period)
                        .statusCode())
                .isEqualTo(404);

        Map<String, String> ownShares = column(
                csv(managerOfB.get("/figures/export/over-six-weeks-by-trust?" + period.substring(1))),
                "trust",
                "waiting");
        assertThat(ownShares).containsOnlyKeys(b);
        WaitingCensus ofB = requests.waitingList(filter(Set.of(new OdsCode(b))).by(Grain.WEEK));
        assertThat(ownShares.get(b)).isEqualTo(String.valueOf(ofB.waiting()));
        assertThat(managerOfB
                        .get("/figures/waiting-list?" + period.substring(1))
                        .body())
                .contains(Show.INSTANCE.count(ofB.waiting()) + " waiting to be scanned");

        StaffClient managerOfIcsA = console.signIn(
                console.staff().at(Role.SERVICE_MANAGER, console.staff().icsOfA()));
        assertThat(column(
                        csv(managerOfIcsA.get("/figures/export/over-six-weeks-by-trust?" + period.substring(1))),
                        "trust",
                        "waiting"))
                .containsKey(a)
                .doesNotContainKey(b);

        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        assertThat(clerk.get("/figures").statusCode()).isEqualTo(404);
        assertThat(clerk.get("/figures/export/flow").statusCode()).isEqualTo(404);
    }

    @Test
    void badFiltersAreNamedAndNothingIsCounted() {
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.SERVICE_MANAGER));
        HttpResponse<String> page = manager.get("/figures/flow?from=yesterday&grain=MONTH&modality=PET&trust=a");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("There is a problem")
                .contains("href=\"#from\"")
                .contains("href=\"#grain\"")
                .contains("href=\"#modality\"")
                .contains("href=\"#trust\"")
                .doesNotContain("data-chart=");

        HttpResponse<String> backwards = manager.get("/figures/waiting-list?from=2026-12-10&to=2026-12-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("href=\"#to\"").contains("Enter a last day on or after the first day");
        assertThat(manager.get("/figures/turnaround?from=2025-01-01&to=2026-12-31")
                        .body())
                .contains("Enter a period of at most 400 days");

        HttpResponse<String> export = manager.get("/figures/export/attendance?to=31/12/2026");
        assertThat(export.statusCode()).isEqualTo(400);
        assertThat(export.body()).startsWith("to: Enter a last day like");
        assertThat(manager.get("/figures/no-such-dashboard").statusCode()).isEqualTo(404);
        assertThat(manager.get("/figures/export/no-such-figure").statusCode()).isEqualTo(404);
    }

    @Test
    void theRefreshNeedsTheFormTokenAndReturnsToThePage() {
        FigureRefresh refresh = console.context().getBean(FigureRefresh.class);
        StaffClient manager = console.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));
        assertThat(manager.get("/figures").body()).contains("Figures as at").contains("Refresh the figures now");
        long before = refresh.freshness().generation();

        assertThat(manager.post("/figures/refresh", Map.of("csrfToken", "forged", "back", "/figures/flow"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(refresh.freshness().generation()).isEqualTo(before);

        HttpResponse<String> back = manager.submit("/figures/refresh", Map.of("back", "/figures/flow?grain=DAY"));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).hasValue("/figures/flow?grain=DAY");
        assertThat(refresh.freshness().generation()).isGreaterThan(before);

        manager.get("/figures");
        assertThat(manager.submit("/figures/refresh", Map.of("back", "https://elsewhere.example/figures"))
                        .headers()
                        .firstValue("Location"))
                .hasValue("/figures");
    }

    private static FigureFilter filter(Set<OdsCode> scope) {
        return FigureFilter.of(scope, from, last.plusDays(1));
    }

    private static Set<OdsCode> allTrusts() {
        return Set.copyOf(console.jdbi()
                .withHandle(h -> h.createQuery("select ods_code from trust")
                        .map((rs, ctx) -> new OdsCode(rs.getString(1)))
                        .list()));
    }

    /** A measure-and-value export as a map; empty (and the page says so) when there was nothing to count. */
    private static Map<String, String> measures(HttpResponse<String> response, long counted) {
        List<Map<String, String>> rows = csv(response);
        assertThat(rows.isEmpty()).isEqualTo(counted == 0);
        return column(rows, "measure", "value");
    }

    private static Map<String, String> column(List<Map<String, String>> rows, String key, String value) {
        return rows.stream()
                .collect(Collectors.toMap(r -> r.get(key), r -> r.get(value), (x, y) -> x, LinkedHashMap::new));
    }

    static List<Map<String, String>> csv(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = response.body().split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> fields = fields(lines[i]);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), fields.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Splits one CSV line, honouring quoted fields. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                current.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
