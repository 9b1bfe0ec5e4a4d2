package org.imagingnetwork.console.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.console.support.FullNetworkDatabase;
import org.imagingnetwork.core.availability.StaffingCheck;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of a site's week grid ({@link DiaryGrids#grid}: rooms, sessions with staff and slot counts,
 * and the minimum-staffing check; no HTTP or page rendering) on the FULL demo network, as JMH samples
 * it, for the site with the most sessions, one diary week after another. The database DATABASE_URL
 * names is used; an empty one is first loaded with the FULL network (seed 42). If nobody at that site's
 * trust is away, sickness is recorded for one in ten of its staff on one day of each week, so the
 * staffing check has sessions to judge.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Duser.timezone=Europe/London"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 6, time = 10)
public class DiaryGridBenchmark {

    private Database database;
    private DiaryGrids grids;
    private Scope network;
    private String site;
    private List<LocalDate> mondays;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() {
        Clock clock = Clock.system(London.ZONE);
        database = FullNetworkDatabase.open(clock);
        Jdbi jdbi = database.jdbi();
        grids = new DiaryGrids(jdbi, new StaffingCheck(new JdbiStaffAbsences(jdbi, clock)));
        network = new Scope(
                Scope.Level.NETWORK,
                "Y60",
                "Network",
                jdbi.withHandle(h -> h.createQuery("select ods_code from trust")
                        .mapTo(String.class)
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new))));
        site = jdbi.withHandle(h -> h.createQuery("""
                        select ro.site_ods_code from session se join room ro on ro.id = se.room_id
                        group by ro.site_ods_code order by count(*) desc, ro.site_ods_code limit 1""").mapTo(String.class).one());
        mondays = jdbi.withHandle(h -> h.createQuery("""
                        select distinct date_trunc('week', clinic_date)::date from session order by 1""").mapTo(LocalDate.class).list());
        recordSicknessIfNone(jdbi);
        System.out.printf(
                "%ndiary-grid: site %s, %d weeks from %s; %s%n",
                site,
                mondays.size(),
                mondays.get(0),
                jdbi.withHandle(h -> h.createQuery("""
                                select format('%s rooms at the site, %s sessions there, %s sessions and %s slots in the network, %s live absences',
                                    (select count(*) from room where site_ods_code = :site),
                                    (select count(*) from session se join room ro on ro.id = se.room_id where ro.site_ods_code = :site),
                                    (select count(*) from session), (select count(*) from slot),
                                    (select count(*) from staff_absence where withdrawn_at is null))
                                """)
                        .bind("site", site)
                        .mapTo(String.class)
                        .one()));
    }

    @Benchmark
    public DiaryGrid siteWeek() {
        LocalDate monday = mondays.get(Math.floorMod(next.getAndIncrement(), mondays.size()));
        return grids.grid(
                network,
                new GridSelection(
                        Optional.of(site), Optional.empty(), Optional.empty(), GridSelection.View.WEEK, monday));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    private void recordSicknessIfNone(Jdbi jdbi) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into staff_absence (staff_id, first_day, last_day, kind, note, created_by, created_at)
                        select st.id, w.monday + (abs(hashtext(st.id)) % 5), w.monday + (abs(hashtext(st.id)) % 5),
                               'SICKNESS', 'benchmark', 'benchmark', now()
                        from staff st
                        join site si on si.trust_ods_code = st.trust_ods_code and si.ods_code = :site
                        cross join unnest(cast(cast(:mondays as text[]) as date[])) as w(monday)
                        where abs(hashtext(st.id || w.monday::text)) % 10 = 0
                          and not exists (select 1 from staff_absence a join staff s2 on s2.id = a.staff_id
                                          where s2.trust_ods_code = si.trust_ods_code and a.withdrawn_at is null)
                        """)
                .bind("site", site)
                // As ISO-8601 text: Jdbi binds no arrays of dates.
                .bindArray(
                        "mondays",
                        String.class,
                        mondays.stream().map(LocalDate::toString).toList())
                .execute());
    }
}
