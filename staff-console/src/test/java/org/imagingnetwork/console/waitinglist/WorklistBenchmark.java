package org.imagingnetwork.console.waitinglist;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.support.FullNetworkDatabase;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the waiting list's first page ({@link WorklistQueries#page}: the count of matching
 * requests and the first 25 in clinical order; no HTTP or page rendering) on the FULL demo network,
 * as JMH samples it, for each filter the issue names, at a trust's scope (the trust with the most
 * requests still waiting) and at the network's. The database DATABASE_URL names is used; an empty one
 * is first loaded with the FULL network (seed 42). The free-slot snapshot the "no slot before breach"
 * filter compares with is taken once, as the console's background job takes it.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Duser.timezone=Europe/London"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 4, time = 10)
public class WorklistBenchmark {

    /** The filters of issue 11's target, each as the page's query would carry it. */
    public enum Filter {
        NONE,
        PRIORITY_AND_MODALITY,
        WEEKS_WAITED_BAND,
        NO_SLOT_BEFORE_BREACH,
        SITE
    }

    public enum Reach {
        TRUST,
        NETWORK
    }

    @Param
    public Filter filter;

    @Param
    public Reach reach;

    private Database database;
    private WorklistQueries queries;
    private Clock clock;
    private Scope scope;
    private WorklistFilter worklistFilter;
    private SitesWithFreeSlot free;

    @Setup(Level.Trial)
    public void setUp() {
        clock = Clock.system(London.ZONE);
        database = FullNetworkDatabase.open(clock);
        Jdbi jdbi = database.jdbi();
        queries = new WorklistQueries(jdbi);
        String trust =
                jdbi.withHandle(h -> h.createQuery("""
                        select referring_trust from request
                        where state in ('RECEIVED', 'VETTED', 'WAITING', 'APPOINTED', 'DID_NOT_ATTEND')
                        group by referring_trust order by count(*) desc, referring_trust limit 1""").mapTo(String.class).one());
        String site = jdbi.withHandle(
                h -> h.createQuery("""
                        select ro.site_ods_code from appointment a join slot s on s.id = a.slot_id join room ro on ro.id = s.room_id
                        join site si on si.ods_code = ro.site_ods_code and si.trust_ods_code = :trust
                        where a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')
                        group by ro.site_ods_code order by count(*) desc, ro.site_ods_code limit 1""").bind("trust", trust).mapTo(String.class).one());
        scope = switch (reach) {
            case TRUST -> new Scope(Scope.Level.TRUST, trust, trust, new TreeSet<>(List.of(trust)));
            case NETWORK ->
                new Scope(
                        Scope.Level.NETWORK,
                        "Y60",
                        "Network",
                        jdbi.withHandle(h -> h.createQuery("select ods_code from trust")
                                .mapTo(String.class)
                                .collect(Collectors.toCollection(TreeSet::new))));
        };
        worklistFilter = WorklistFilter.parse(
                        switch (filter) {
                            case NONE -> Map.of();
                            case PRIORITY_AND_MODALITY -> Map.of("priority", "ROUTINE", "modality", "CT");
                            case WEEKS_WAITED_BAND -> Map.of("band", "6");
                            case NO_SLOT_BEFORE_BREACH -> Map.of("noSlotBeforeBreach", "true");
                            case SITE -> Map.of("site", site);
                        })
                .filter();
        free = SitesWithFreeSlot.of(queries.earliestFree(clock.instant()));
        WorklistPage first = page();
        System.out.printf(
                "%nworklist: %s at %s (trust %s, site %s): %,d requests match; %,d exam and day rows of sites with a free slot; %s%n",
                filter,
                reach,
                trust,
                site,
                first.total(),
                free.exams().size(),
                jdbi.withHandle(h -> h.createQuery("""
                                select format('%s requests (%s still waiting), %s live appointments, %s slots',
                                    (select count(*) from request),
                                    (select count(*) from request where state in ('RECEIVED', 'VETTED', 'WAITING', 'APPOINTED', 'DID_NOT_ATTEND')),
                                    (select count(*) from appointment where status in ('BOOKED', 'ARRIVED', 'FULFILLED')),
                                    (select count(*) from slot))
                                """).mapTo(String.class).one()));
    }

    @Benchmark
    public WorklistPage firstPage() {
        return page();
    }

    private WorklistPage page() {
        return queries.page(scope, worklistFilter, clock.instant(), free);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }
}
