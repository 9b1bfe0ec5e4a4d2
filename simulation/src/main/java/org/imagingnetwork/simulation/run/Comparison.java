package org.imagingnetwork.simulation.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.simulation.clock.SimulatedClock;
import org.imagingnetwork.simulation.demand.Demand;
import org.imagingnetwork.simulation.patient.Behaviour;
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
        DemoNetwork network =
                DemoNetwork.generate(scenario.preset(), scenario.seed(), scenario.start(), scenario.diaryWeeks());
        Demand demand = Demand.of(network, new Streams(scenario.seed()), scenario.demand());
        out.printf(
                "%s network, seed %d, from %s for %d weeks, demand x%.2f: weekday referrals per trust %s;"
                        + " bookable slots a week %d%n",
                scenario.preset(),
                scenario.seed(),
                scenario.start(),
                scenario.weeks(),
                scenario.demand(),
                demand.weekdayReferrals(),
                demand.weeklySlots());
        Progress progress =
                new Progress(out, scenario.weeks() * scenario.policies().size());
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
            new DemoNetworkLoader(database).load(network);
            SimulatedClock clock = new SimulatedClock(network.asOf());
            try (Platform platform = new Platform(database.jdbi(), clock)) {
                return new Simulation(platform, clock, demand, behaviour, policy, scenario).run(progress);
            }
        }
    }
}
