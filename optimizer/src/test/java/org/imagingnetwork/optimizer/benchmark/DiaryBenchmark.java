package org.imagingnetwork.optimizer.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.optimizer.diary.CapacityLimit;
import org.imagingnetwork.optimizer.diary.CapacityLimits;
import org.imagingnetwork.optimizer.diary.Demand;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiaryResult;
import org.imagingnetwork.optimizer.diary.DiaryWeights;
import org.imagingnetwork.optimizer.diary.RoomSession;
import org.imagingnetwork.optimizer.run.DiaryRuns;
import org.imagingnetwork.optimizer.run.Solvers;

/**
 * Diary building for one week of the whole generated WMIN-scale network: every room session of every
 * site, its session type and its staff chosen from scratch (the published diary hidden), solved as
 * a diary run solves it. Reports whether the diary is feasible, the time to the first feasible diary
 * of the whole network, and the generator's published diary scored by the same rules beside it.
 *
 * <pre>./mvnw -q -B -pl optimizer -am -DskipTests -Pdiary-benchmark package</pre>
 */
public final class DiaryBenchmark {

    private DiaryBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        AllocationBenchmark.print(
                "Diary benchmark, started %s UTC, load average %s, %d cores, max heap %d MB",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(Instant.now().atOffset(ZoneOffset.UTC)),
                AllocationBenchmark.loadAverage(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        AllocationBenchmark.print(
                "Network: %s preset, seed %d, diary from %s; horizon %s to %s; %s; solver limit %d s",
                options.preset(),
                options.seed(),
                options.start(),
                options.horizon().firstDay(),
                options.horizon().lastDay(),
                options.modality().map(m -> "modality " + m).orElse("every modality"),
                options.seconds());
        long started = System.nanoTime();
        DemoNetwork network = DemoNetwork.generate(options.preset(), options.seed(), options.start());
        AllocationBenchmark.print(
                "generated the network in %.1f s: %,d rooms, %,d staff",
                seconds(started), network.rooms().size(), network.staff().size());
        List<String> icsCodes =
                network.integratedCareSystems().stream().map(Ics::code).sorted().toList();

        try (Solvers solvers = Solvers.create()) {
            AllocationBenchmark.print("the published diary of the week, scored by the same rules:");
            DemoDiaryParts published = DemoDiaryParts.of(network, options.horizon(), false);
            Figures before = Figures.ZERO;
            Map<String, Integer> publishedBreaks = new TreeMap<>();
            for (String ics : icsCodes) {
                DiaryPlan part = published.part(ics, DiaryWeights.standard());
                solvers.diaryAnalysis().update(part);
                before = before.plus(Figures.of(part));
                solvers.diaryAnalysis().analyze(part).constraintMap().values().stream()
                        .filter(constraint -> constraint.score().hardScore() != 0)
                        .forEach(constraint -> publishedBreaks.merge(
                                constraint.constraintRef().constraintName(), constraint.matchCount(), Integer::sum));
            }
            AllocationBenchmark.print("  hard rules the published diary breaks, with how often: %s", publishedBreaks);

            AllocationBenchmark.print("building the diary from scratch, one part per ICS side by side:");
            DemoDiaryParts scratch = DemoDiaryParts.of(network, options.horizon(), true);
            AtomicReference<Duration> firstFeasible = new AtomicReference<>();
            long solving = System.nanoTime();
            DiaryRuns.Solved solved = DiaryRuns.solveNetwork(
                    scratch,
                    solvers,
                    options.modality(),
                    options.horizon().firstDay(),
                    options.horizon().lastDay(),
                    options.seconds(),
                    (score, feasible) -> {
                        if (feasible
                                && firstFeasible.compareAndSet(null, Duration.ofNanos(System.nanoTime() - solving))) {
                            AllocationBenchmark.print(
                                    "  first feasible diary of the whole network after %.1f s: %s",
                                    seconds(solving), score);
                        }
                    });
            Duration took = Duration.ofNanos(System.nanoTime() - solving);
            HardSoftLongScore score = parse(solved.score());
            AllocationBenchmark.print("the built diary, put back on each part and scored again:");
            Figures after = Figures.ZERO;
            for (String ics : icsCodes) {
                DiaryPlan part = DiaryResult.apply(scratch.part(ics, DiaryWeights.standard()), solved.sessions());
                solvers.diaryAnalysis().update(part);
                after = after.plus(Figures.of(part));
            }

            System.out.println();
            System.out.println("| | Published diary (generator) | Timefold, built from scratch |");
            System.out.println("| --- | --- | --- |");
            row("feasible (hard score)", before.feasibility(), after.feasibility());
            row(
                    "time to first feasible diary of the whole network",
                    "—",
                    firstFeasible.get() == null ? "never" : secondsText(firstFeasible.get()));
            row("run time", "—", secondsText(took));
            row(
                    "hard / soft score",
                    before.score().toShortString(),
                    after.score().toShortString());
            row("score the run reported", "—", score.toShortString());
            row("sessions run (of the week's room sessions)", before.sessionsText(), after.sessionsText());
            row(
                    "staff posts filled on them",
                    String.format("%,d", before.staffed()),
                    String.format("%,d", after.staffed()));
            row(
                    "capacity run, minutes",
                    String.format("%,d", before.capacity()),
                    String.format("%,d", after.capacity()));
            row(
                    "forecast demand, minutes (and backlog; of it due in the week)",
                    before.demandText(),
                    after.demandText());
            row("forecast demand met, minutes", before.metText(), after.metText());
            row("demand due (forecast and backlog due) met, minutes", before.dueMetText(), after.dueMetText());
            row(
                    "backlog due in the week given capacity, minutes",
                    before.backlogDueMetText(),
                    after.backlogDueMetText());
            System.out.println();
            AllocationBenchmark.print("what limits the built diary, per ICS and modality (hours):");
            for (String ics : icsCodes) {
                DiaryPlan part = DiaryResult.apply(scratch.part(ics, DiaryWeights.standard()), solved.sessions());
                CapacityLimits.of(part).forEach(limit -> AllocationBenchmark.print("  %s", limitText(limit)));
            }
            System.out.println();
            Duration first = firstFeasible.get();
            AllocationBenchmark.print(
                    "Target: a feasible diary of the whole network within 60 s: %s",
                    first != null && score.isFeasible() && first.compareTo(Duration.ofSeconds(60)) <= 0
                            ? "met"
                            : "MISSED");
        }
        System.exit(0);
    }

    /**
     * A diary's score, the sessions it runs of all the room sessions, the staff posts filled on them,
     * the minutes they run, the forecast demand and backlog (and of it the patients due in the horizon)
     * and how much of each the capacity serves: the forecast first, then the backlog due.
     */
    private record Figures(
            HardSoftLongScore score,
            long running,
            long sessions,
            long staffed,
            long capacity,
            long demand,
            long backlog,
            long backlogDue,
            long met,
            long dueMet,
            long backlogDueMet) {
        static final Figures ZERO = new Figures(HardSoftLongScore.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        static Figures of(DiaryPlan plan) {
            Map<String, Long> capacity = new HashMap<>();
            plan.sessions().stream()
                    .filter(RoomSession::running)
                    .forEach(session -> capacity.merge(
                            session.locality() + "|" + session.type().family(), (long) session.minutes(), Long::sum));
            java.util.function.ToLongFunction<Demand> served =
                    demand -> capacity.getOrDefault(demand.locality() + "|" + demand.family(), 0L);
            long met = plan.demands().stream()
                    .mapToLong(demand -> Math.min(demand.minutes(), served.applyAsLong(demand)))
                    .sum();
            long dueMet = plan.demands().stream()
                    .mapToLong(demand -> Math.min(demand.dueInHorizon(), served.applyAsLong(demand)))
                    .sum();
            long backlogDueMet = plan.demands().stream()
                    .mapToLong(demand -> demand.dueMet(served.applyAsLong(demand)))
                    .sum();
            return new Figures(
                    plan.score(),
                    plan.sessions().stream().filter(RoomSession::running).count(),
                    plan.sessions().size(),
                    plan.posts().stream()
                            .filter(post ->
                                    post.staff() != null && post.session().running())
                            .count(),
                    capacity.values().stream().mapToLong(Long::longValue).sum(),
                    plan.demands().stream().mapToLong(Demand::minutes).sum(),
                    plan.demands().stream().mapToLong(Demand::backlogMinutes).sum(),
                    plan.demands().stream().mapToLong(Demand::dueMinutes).sum(),
                    met,
                    dueMet,
                    backlogDueMet);
        }

        Figures plus(Figures other) {
            return new Figures(
                    score.add(other.score),
                    running + other.running,
                    sessions + other.sessions,
                    staffed + other.staffed,
                    capacity + other.capacity,
                    demand + other.demand,
                    backlog + other.backlog,
                    backlogDue + other.backlogDue,
                    met + other.met,
                    dueMet + other.dueMet,
                    backlogDueMet + other.backlogDueMet);
        }

        String feasibility() {
            return (score.isFeasible() ? "yes" : "NO") + " (" + score.hardScore() + ")";
        }

        String sessionsText() {
            return String.format("%,d of %,d", running, sessions);
        }

        String demandText() {
            return String.format("%,d (%,d; %,d)", demand, backlog, backlogDue);
        }

        String metText() {
            return share(met, demand);
        }

        String dueMetText() {
            return share(dueMet, demand + backlogDue);
        }

        String backlogDueMetText() {
            return share(backlogDueMet, backlogDue);
        }

        private static String share(long part, long whole) {
            return String.format(
                    java.util.Locale.ROOT, "%,d of %,d (%.0f%%)", part, whole, whole == 0 ? 0.0 : 100.0 * part / whole);
        }
    }

    private static String limitText(CapacityLimit limit) {
        String staff = limit.staff().stream()
                .map(hours -> String.format(
                        java.util.Locale.ROOT,
                        "%s %,d needed/%,d available",
                        hours.skill(),
                        hours.neededMinutes() / 60,
                        hours.availableMinutes() / 60))
                .collect(java.util.stream.Collectors.joining("; "));
        return String.format(
                java.util.Locale.ROOT,
                "%s %s: due %,d, met %,d; room time %,d, run %,d; staff %s; limit %s%s",
                limit.locality(),
                limit.modality(),
                limit.demandDueMinutes() / 60,
                limit.metMinutes() / 60,
                limit.roomMinutes() / 60,
                limit.runMinutes() / 60,
                staff,
                limit.limit(),
                limit.shortSkill().map(skill -> " (" + skill + ")").orElse(""));
    }

    /** A run stores its score in the short form, which leaves out a level that is zero ("-120soft"). */
    private static HardSoftLongScore parse(String shortForm) {
        String score = shortForm.equals("0") ? "0hard/0soft" : shortForm;
        if (!score.contains("hard")) {
            score = "0hard/" + score;
        }
        if (!score.contains("soft")) {
            score = score + "/0soft";
        }
        return HardSoftLongScore.parseScore(score);
    }

    private static void row(String label, String before, String after) {
        System.out.println("| " + label + " | " + before + " | " + after + " |");
    }

    private static String secondsText(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
