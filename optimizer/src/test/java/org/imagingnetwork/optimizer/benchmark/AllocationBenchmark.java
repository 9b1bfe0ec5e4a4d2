package org.imagingnetwork.optimizer.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.optimizer.allocation.AllocationProblemBuilder;
import org.imagingnetwork.optimizer.allocation.AllocationScope;
import org.imagingnetwork.optimizer.allocation.PartitionedSolve;
import org.imagingnetwork.optimizer.allocation.Partitioner;
import org.imagingnetwork.optimizer.allocation.PostcodeAreaLocator;
import org.imagingnetwork.optimizer.baseline.FirstComeFirstServed;
import org.imagingnetwork.optimizer.run.Solvers;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;

/**
 * Waiting-list allocation on the generated WMIN-scale network: the greedy baseline (each trust fills
 * its own rooms first come first served) and Timefold, as an allocation run solves it, side by side
 * in one run. See docs/benchmarks.md for the command and docs/optimizer.md for the model.
 *
 * <pre>./mvnw -q -B -pl optimizer -am -DskipTests -Pallocation-benchmark package</pre>
 */
public final class AllocationBenchmark {

    private AllocationBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        print(
                "Allocation benchmark, started %s UTC, load average %s, %d cores, max heap %d MB",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(Instant.now().atOffset(ZoneOffset.UTC)),
                loadAverage(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        print(
                "Network: %s preset, seed %d, diary from %s; horizon %s to %s; %s; solver limit %d s; %s",
                options.preset(),
                options.seed(),
                options.start(),
                options.horizon().firstDay(),
                options.horizon().lastDay(),
                options.modality().map(m -> "modality " + m).orElse("every modality"),
                options.seconds(),
                options.splitByIcs() ? "groups by modality and ICS" : "groups by modality, across the whole network");

        long started = System.nanoTime();
        DemoNetwork network = DemoNetwork.generate(options.preset(), options.seed(), options.start());
        print("generated the network in %.1f s", seconds(started));
        print("%s", WaitingListShape.describe(network));

        started = System.nanoTime();
        AllocationScope scope = new AllocationScope(Set.of(), Set.of(), options.modality(), options.horizon());
        AllocationProblemBuilder.Built built = new AllocationProblemBuilder(
                        AllocationPolicy.standard(),
                        SessionTypes.from(network.exams()),
                        new PostcodeAreaLocator(network.sites()))
                .build(DemoAllocationSources.of(network, options.horizon()), scope, network.asOf());
        AllocationPlan problem = built.plan();
        print("built the problem in %.1f s: %s", seconds(started), ProblemSize.of(problem, built.skippedRequests()));

        started = System.nanoTime();
        AllocationPlan baseline = new FirstComeFirstServed().allocate(problem);
        Duration baselineTook = Duration.ofNanos(System.nanoTime() - started);

        try (Solvers solvers = Solvers.create()) {
            Map<OdsCode, String> icsOfTrust = new HashMap<>();
            network.trusts().forEach(trust -> icsOfTrust.put(trust.odsCode(), trust.icsCode()));
            List<Partitioner.Group> groups = new Partitioner(options.splitByIcs())
                    .groups(problem, trust -> icsOfTrust.getOrDefault(trust, "UNKNOWN"));
            FirstFeasible clock = new FirstFeasible(groups.stream()
                    .filter(group -> !group.slots().isEmpty())
                    .map(Partitioner.Group::key)
                    .collect(Collectors.toSet()));
            print("solving %d groups: %s", groups.size(), GroupSizes.describe(groups));
            started = System.nanoTime();
            PartitionedSolve.Result result = new PartitionedSolve(solvers.allocation())
                    .solve("benchmark", problem.horizon(), groups, Duration.ofSeconds(options.seconds()), clock);
            Duration timefoldTook = Duration.ofNanos(System.nanoTime() - started);
            AllocationPlan timefold = result.plan();
            solvers.allocationAnalysis().update(timefold);
            solvers.allocationAnalysis().update(baseline);
            print(
                    "levelled the merged plan's site waits with %d moves in %.1f s",
                    result.levellingMoves(), result.levellingTook().toMillis() / 1000.0);
            print("first feasible plan per group (s from the start of solving): %s", GroupSizes.times(clock.byGroup()));

            print("sites with the longest and shortest mean wait, baseline:%n%s", SiteExtremes.describe(baseline, 3));
            print("sites with the longest and shortest mean wait, Timefold:%n%s", SiteExtremes.describe(timefold, 3));
            System.out.println();
            System.out.print(new Comparison(
                            new Comparison.Side("Greedy baseline", baseline, baselineTook, baselineTook),
                            new Comparison.Side(
                                    "Timefold", timefold, clock.wholeNetwork().orElse(null), timefoldTook),
                            BreachBound.of(problem))
                    .table());
        }
        System.exit(0);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
