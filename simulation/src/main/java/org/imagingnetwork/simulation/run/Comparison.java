package org.imagingnetwork.simulation.run;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.jdbc.LoadedNetwork;
import org.imagingnetwork.simulation.clock.SimulatedClock;
import org.imagingnetwork.simulation.demand.Demand;
import org.imagingnetwork.simulation.demand.NetworkShare;
import org.imagingnetwork.simulation.jdbc.FigureQueries;
import org.imagingnetwork.simulation.patient.Behaviour;
import org.imagingnetwork.simulation.report.LongWaits;
import org.imagingnetwork.simulation.report.WeekFigures;

/**
 * Runs the scenario's policies one after another on the same generated network and the same demand,
 * each in a database of its own loaded from the demo network as it stands the evening before the
 * first day, and returns every policy's weeks.
 */
public final class Comparison {

    private final UnaryOperator<String> freshDatabase;
    private final Behaviour behaviour;
    private final PrintStream out;

    /**
     * @param freshDatabase gives the JDBC URL of a new, empty database for the name it is passed
     */
    public Comparison(UnaryOperator<String> freshDatabase, Behaviour behaviour, PrintStream out) {
        this.freshDatabase = freshDatabase;
        this.behaviour = behaviour;
        this.out = out;
    }

    public List<WeekFigures> run(Scenario scenario) {
        return run(
                scenario,
                new Progress(out, scenario.weeks() * scenario.policies().size()));
    }

    /** The scenario's policies, counting their weeks on a progress bar shared with other scenarios. */
    List<WeekFigures> run(Scenario scenario, Progress progress) {
        long started = System.nanoTime();
        DemoNetwork network = NetworkShare.of(
                DemoNetwork.generate(scenario.preset(), scenario.seed(), scenario.start(), scenario.diaryWeeks()),
                scenario.share());
        Demand demand = Demand.of(network, new Streams(scenario.seed()), scenario.demand());
        out.printf(
                "%s network, share %s, seed %d, from %s for %d weeks, demand x%.2f: %,d referrals a weekday %s;"
                        + " bookable slots a week %,d; %,d requests, %,d slots (generated in %d s)%n",
                scenario.preset(),
                scenario.share(),
                scenario.seed(),
                scenario.start(),
                scenario.weeks(),
                scenario.demand(),
                Math.round(demand.weekdayReferrals().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum()),
                rounded(demand.weekdayReferrals()),
                demand.weeklySlots(),
                network.requests().size(),
                network.slots().size(),
                (System.nanoTime() - started) / 1_000_000_000L);
        List<WeekFigures> weeks = new ArrayList<>();
        for (Policy policy : scenario.policies()) {
            weeks.addAll(run(scenario, policy, network, demand, progress));
        }
        return weeks;
    }

    /** One policy on its own database; the database stays for the BI views to read. */
    List<WeekFigures> run(Scenario scenario, Policy policy, DemoNetwork network, Demand demand, Progress progress) {
        String url = freshDatabase.apply(("sim_" + policy.name() + "_" + scenario.seed()).toLowerCase());
        try (Database database = Database.open(DatabaseSettings.of(url))) {
            LoadedNetwork loaded = new DemoNetworkLoader(database).load(network);
            out.printf(
                    "policy %d %s: network loaded in %d s%n",
                    policy.number(), policy, loaded.elapsed().toSeconds());
            SimulatedClock clock = new SimulatedClock(network.asOf());
            try (Platform platform = new Platform(database.jdbi(), clock)) {
                List<WeekFigures> weeks =
                        new Simulation(platform, clock, demand, behaviour, policy, scenario).run(progress);
                LocalDate lastSunday =
                        scenario.start().plusWeeks(scenario.weeks()).minusDays(1);
                out.printf(
                        "policy %d %s, seed %d: the waiting list on %s%n%s",
                        policy.number(),
                        policy,
                        scenario.seed(),
                        lastSunday,
                        LongWaits.table(new FigureQueries(database.jdbi()).longWaits(lastSunday)));
                return weeks;
            }
        }
    }

    private static Map<String, Long> rounded(Map<String, Double> perTrust) {
        Map<String, Long> rounded = new TreeMap<>();
        perTrust.forEach((trust, rate) -> rounded.put(trust, Math.round(rate)));
        return rounded;
    }
}
