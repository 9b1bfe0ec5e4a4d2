package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.demo.DemoPreset;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * How long the optimisation pages take over HTTP on the FULL demo network, as a manager's browser asks
 * for them (docs/benchmarks.md): the run list, the start form with what the run will consider, a run's
 * page, its explanation and a comparison of two runs of the busiest ICS and modality. Measured only
 * when the console tests load the FULL network ({@code -Dconsole.it.preset=FULL}); on the SMALL
 * network of an ordinary run these pages are tested by {@link RunPageIT} and the journeys.
 */
class OptimisationPageTimesIT {

    private static final int WARM_UP = 3;
    private static final int TIMES = 20;

    @Test
    void theOptimisationPagesAnswerOnTheFullNetwork() throws Exception {
        assumeTrue(
                ConsoleServer.preset() == DemoPreset.FULL,
                "page times are measured on the FULL network only: -Dconsole.it.preset=FULL");
        ConsoleServer console = ConsoleServer.get();
        Jdbi jdbi = console.jdbi();
        String ics = console.staff().icsOfA();
        String modality = OptimisationRuns.busiestModality(jdbi, ics);
        StaffClient manager = console.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
        Map<String, String> form = OptimisationRuns.allocation("ICS:" + ics, modality, 10);
        UUID first = OptimisationRuns.start(manager, form);
        UUID second = OptimisationRuns.start(manager, form);
        for (UUID run : List.of(first, second)) {
            assertThat(OptimisationRuns.awaitState(jdbi, run, Duration.ofMinutes(5), "SOLVED", "FAILED"))
                    .isEqualTo("SOLVED");
        }

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Run list", "/optimisation");
        pages.put("Start form, what the run will consider", "/optimisation/new?" + OptimisationRuns.query(form));
        pages.put("Run page (solved)", "/optimisation/runs/" + first);
        pages.put("Why it scores as it does", "/optimisation/runs/" + first + "/explanation");
        pages.put("Compare two runs", "/optimisation/compare?first=" + first + "&second=" + second);
        Map<String, String> shows = Map.of(
                "Run list", "<h2>Runs</h2>",
                "Start form, what the run will consider", "What the run will consider",
                "Run page (solved)", "Why it scores as it does",
                "Why it scores as it does", "Why the plan scores as it does",
                "Compare two runs", "<h1>Compare runs</h1>");

        System.out.printf(
                "Optimisation pages over HTTP, %s network, ICS %s, %s, %d requests each after %d to warm up:%n",
                ConsoleServer.preset(), ics, modality, TIMES, WARM_UP);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < WARM_UP + TIMES; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = manager.get(page.getValue());
                long took = (System.nanoTime() - start) / 1_000;
                assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
                assertThat(response.body()).as(page.getKey()).contains(shows.get(page.getKey()));
                if (i >= WARM_UP) {
                    micros.add(took);
                }
            }
            Collections.sort(micros);
            System.out.printf(
                    "  %-40s median %6.1f ms, 90th percentile %6.1f ms, slowest %6.1f ms%n",
                    page.getKey(),
                    micros.get(micros.size() / 2) / 1000.0,
                    micros.get((int) Math.ceil(micros.size() * 0.9) - 1) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0);
        }
    }
}
