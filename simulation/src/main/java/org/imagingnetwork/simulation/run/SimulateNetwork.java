package org.imagingnetwork.simulation.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.DemoDatabase;
import org.imagingnetwork.simulation.patient.Behaviour;
import org.imagingnetwork.simulation.report.Charts;
import org.imagingnetwork.simulation.report.Summary;
import org.imagingnetwork.simulation.report.WeekFigures;
import org.imagingnetwork.testsupport.LocalServers;

/**
 * The comparison in one command: every policy (or those named) for each seed, on the PostgreSQL
 * DATABASE_URL names (an embedded one when unset), writing the weeks as CSV, the table as Markdown
 * the DM01 and unused-slot charts as PNG and each policy's run time into the output folder.
 *
 * <pre>
 * --preset SMALL|FULL  --seeds 1,2,3  --weeks 12  --start 2026-12-07  --demand 1
 * --policies LOCAL,NETWORK_CHOICE,NETWORK_OFFERS,NETWORK_OPTIMISED  --out target/outcomes
 * --share 0.1  (an even sample of the network: that share of each trust's capacity and patients)
 * --combine a/weeks.csv,b/weeks.csv --out c  (runs made in pieces joined into one table and charts)
 * </pre>
 */
public final class SimulateNetwork {

    private SimulateNetwork() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        if (options.containsKey("--combine")) {
            // Runs made in pieces (a policy or a seed at a time) joined into one table and chart.
            List<WeekFigures> all = new ArrayList<>();
            for (String file : options.get("--combine").split(",")) {
                all.addAll(Summary.parse(Files.readString(Path.of(file.strip()))));
            }
            Path out = Path.of(options.getOrDefault("--out", "target/outcomes"));
            Files.createDirectories(out);
            write(out, all);
            System.out.printf("%d weeks from %s written to %s%n", all.size(), options.get("--combine"), out);
            return;
        }
        DemoPreset preset =
                DemoPreset.valueOf(options.getOrDefault("--preset", "SMALL").toUpperCase(Locale.ROOT));
        List<Long> seeds = Arrays.stream(
                        options.getOrDefault("--seeds", "1,2,3").split(","))
                .map(String::strip)
                .map(Long::parseLong)
                .toList();
        int weeks = Integer.parseInt(options.getOrDefault("--weeks", "12"));
        double demand = Double.parseDouble(options.getOrDefault("--demand", "1"));
        LocalDate start = LocalDate.parse(options.getOrDefault("--start", "2026-12-07"));
        List<Policy> policies = Arrays.stream(
                        options.getOrDefault("--policies", "LOCAL,NETWORK_CHOICE,NETWORK_OFFERS,NETWORK_OPTIMISED")
                                .split(","))
                .map(name -> Policy.valueOf(name.strip().toUpperCase(Locale.ROOT)))
                .toList();
        double share = Double.parseDouble(options.getOrDefault("--share", "1"));
        Path out = Path.of(options.getOrDefault("--out", "target/outcomes"));
        Files.createDirectories(out);

        long began = System.nanoTime();
        List<WeekFigures> all = new ArrayList<>();
        StringBuilder times = new StringBuilder("policy,seed,seconds,completed\n");
        try (LocalServers servers = LocalServers.start(System.getenv())) {
            System.out.printf(
                    "PostgreSQL %s%n",
                    servers.embeddedPostgres() ? "embedded (DATABASE_URL unset)" : "from DATABASE_URL");
            Comparison comparison = new Comparison(
                    name -> DemoDatabase.recreate(servers.databaseUrl(), name), Behaviour.published(), System.out);
            Progress progress = new Progress(System.out, weeks * policies.size() * seeds.size());
            for (long seed : seeds) {
                Scenario standard = Scenario.standard(preset, seed, start, demand, share);
                for (Policy policy : policies) {
                    // Each policy on its own, its weeks written as soon as it ends: a long comparison
                    // keeps what it has done, and one policy's failure does not lose the others'.
                    long policyBegan = System.nanoTime();
                    boolean completed = false;
                    try {
                        all.addAll(comparison.run(
                                new Scenario(
                                        preset,
                                        seed,
                                        start,
                                        weeks,
                                        List.of(policy),
                                        standard.breakdownDay(),
                                        standard.rejectedAtVetting(),
                                        standard.allocationSeconds(),
                                        demand,
                                        share),
                                progress));
                        completed = true;
                    } catch (RuntimeException e) {
                        System.out.printf("policy %s, seed %d failed:%n", policy, seed);
                        e.printStackTrace(System.out);
                    }
                    long seconds = (System.nanoTime() - policyBegan) / 1_000_000_000L;
                    System.out.printf("policy %d %s, seed %d: %d s%n", policy.number(), policy, seed, seconds);
                    times.append(policy)
                            .append(',')
                            .append(seed)
                            .append(',')
                            .append(seconds)
                            .append(',')
                            .append(completed)
                            .append('\n');
                    Files.writeString(out.resolve("run-times.csv"), times);
                    write(out, all);
                }
            }
        }
        System.out.printf(
                "%s, share %s, seeds %s, %d weeks, demand x%s: %d s. Written to %s%n",
                preset,
                share,
                seeds,
                weeks,
                demand,
                (System.nanoTime() - began) / 1_000_000_000L,
                out.toAbsolutePath());
    }

    private static void write(Path out, List<WeekFigures> all) throws IOException {
        Files.writeString(out.resolve("weeks.csv"), Summary.csv(all));
        Files.writeString(out.resolve("table.md"), Summary.table(all));
        Charts.write(
                out.resolve("dm01.png"),
                "Waiting over six weeks (DM01)",
                "share of the waiting list",
                all,
                WeekFigures::dm01);
        Charts.write(out.resolve("unused-slots.png"), "Released slots left unused", "slots", all, w -> w.unused());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options come as --name value pairs: " + String.join(" ", args));
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
