package org.imagingnetwork.core.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.imagingnetwork.core.bi.AttendanceRate;
import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.Freshness;
import org.imagingnetwork.core.bi.PatientChoice;
import org.imagingnetwork.core.bi.ReleasedSlots;
import org.imagingnetwork.core.bi.RoomUtilisation;
import org.imagingnetwork.core.bi.StateFlow;
import org.imagingnetwork.core.bi.Turnaround;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.jdbc.JdbiDiaryFigures;
import org.imagingnetwork.core.jdbc.JdbiFigureRefresh;
import org.imagingnetwork.core.jdbc.JdbiRequestFigures;
import org.imagingnetwork.core.network.OdsCode;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long each BI dashboard takes to answer on the FULL demo network, as JMH samples it: every figure
 * of the dashboard for one filter, through the same repositories the console calls (no HTTP). The
 * database DATABASE_URL names is used; an empty one is first loaded with the FULL network (seed 42,
 * diary from Monday 7 December 2026). The figures are refreshed once before timing, and that refresh is
 * timed and printed.
 *
 * <p>The filter is the widest a manager can ask for on this network: 24 weeks, from 14 September 2026
 * (the last twelve weeks of request history) to 1 March 2027 (the whole twelve-week diary), by day, for
 * the whole network ({@code NETWORK}: all fifteen trusts) or for the trusts of one ICS ({@code ICS}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class DashboardBenchmark {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 14);
    private static final LocalDate TO = LocalDate.of(2027, 3, 1);

    @Param({"NETWORK", "ICS"})
    public String scope;

    private Database database;
    private JdbiRequestFigures requests;
    private JdbiDiaryFigures diary;
    private FigureFilter filter;

    @Setup(Level.Trial)
    public void setUp() {
        String url =
                System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        database = Database.open(DatabaseSettings.of(url).withPoolSize(4));
        Jdbi jdbi = database.jdbi();
        loadIfEmpty(database);
        long started = System.nanoTime();
        Freshness freshness = new JdbiFigureRefresh(jdbi, Clock.systemUTC()).refresh();
        System.out.printf(
                "%nfigures refreshed in %.1f s (generation %d)%n",
                (System.nanoTime() - started) / 1e9, freshness.generation());
        requests = new JdbiRequestFigures(jdbi);
        diary = new JdbiDiaryFigures(jdbi);
        filter = FigureFilter.of(trusts(jdbi, scope), FROM, TO);
        System.out.printf("scope %s: %d trusts%n", scope, filter.scope().size());
    }

    /** Flow: entries into each state per day. */
    @Benchmark
    public List<StateFlow> flow() {
        return requests.flow(filter);
    }

    /** DM01: the census by weeks waited, the shares per trust and modality, and the weekly trend. */
    @Benchmark
    public Object dm01() {
        return List.of(requests.waitingList(filter), requests.breachShares(filter), requests.breachTrend(filter));
    }

    @Benchmark
    public List<Turnaround> turnaround() {
        return requests.turnaround(filter);
    }

    @Benchmark
    public List<AttendanceRate> attendance() {
        return diary.attendance(filter);
    }

    @Benchmark
    public List<RoomUtilisation> utilisation() {
        return diary.utilisation(filter);
    }

    @Benchmark
    public ReleasedSlots releasedSlots() {
        return diary.releasedSlots(filter);
    }

    @Benchmark
    public PatientChoice patientChoice() {
        return requests.patientChoice(filter);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    /** Every trust, or the trusts of the ICS with the most. */
    private static Set<OdsCode> trusts(Jdbi jdbi, String scope) {
        String sql = scope.equals("NETWORK") ? "select ods_code from trust" : """
                  select ods_code from trust
                  where ics_code = (select ics_code from trust group by ics_code order by count(*) desc, ics_code limit 1)
                  """;
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list()).stream()
                .map(OdsCode::new)
                .collect(Collectors.toSet());
    }

    private static void loadIfEmpty(Database database) {
        boolean loaded = database.jdbi()
                .withHandle(h -> h.createQuery("select exists (select 1 from trust)")
                        .mapTo(Boolean.class)
                        .one());
        if (!loaded) {
            long started = System.nanoTime();
            new DemoNetworkLoader(database).load(DemoNetwork.generate(DemoPreset.FULL, 42, LocalDate.of(2026, 12, 7)));
            System.out.printf("loaded the FULL demo network in %.0f s%n", (System.nanoTime() - started) / 1e9);
        }
    }
}
