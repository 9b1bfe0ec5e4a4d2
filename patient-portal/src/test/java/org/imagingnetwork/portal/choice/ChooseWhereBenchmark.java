package org.imagingnetwork.portal.choice;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.SlotBooked;
import org.imagingnetwork.core.booking.SlotChange;
import org.imagingnetwork.core.booking.SlotChangeListener;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.booking.SlotsBlocked;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.EarliestFreeSlots;
import org.imagingnetwork.core.choice.FreeSlots;
import org.imagingnetwork.core.choice.PostcodeLocations;
import org.imagingnetwork.core.choice.SiteDirectory;
import org.imagingnetwork.core.choice.SiteOption;
import org.imagingnetwork.core.choice.WhereFilters;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.jdbc.JdbiChoiceRequests;
import org.imagingnetwork.core.jdbc.JdbiFreeSlots;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiPostcodeLocations;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeFeed;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import redis.clients.jedis.JedisPooled;

/**
 * Latency of the "choose where" search in the service ({@link WhereSearch#search}: sites, rooms, the
 * kept earliest slots and PostgreSQL; no HTTP) on the FULL demo network, as JMH samples it. The
 * database DATABASE_URL names is searched; an empty one is first loaded with the FULL network (seed
 * 42). Redis is REDIS_URL's (default the local server).
 *
 * <p>Each search is for the next of 400 waiting referrals of every modality, with the default
 * filters. While it runs, bookings churn at {@link #CHURN_PER_SECOND} cancel-and-rebook pairs a
 * second through the real booking service, each one announced to the kept earliest slots as in the
 * portal, so answers are dropped as they would be in use. {@link #chooseWhere} is the service as it
 * runs; {@link #chooseWhereWithRedisDown} is the same with the change feed down, when nothing is kept
 * and every search asks PostgreSQL for every suitable room.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g", "-Duser.timezone=Europe/London"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 6, time = 10)
public class ChooseWhereBenchmark {

    /** Cancel-and-rebook pairs a second: 40 times the network's ~0.5 booking changes a second in the day. */
    static final int CHURN_PER_SECOND = 10;

    private static final int REFERRALS = 400;

    private Database database;
    private JedisPooled redis;
    private RedisSlotChangeFeed feed;
    private ScheduledExecutorService churn;
    private WhereSearch kept;
    private WhereSearch redisDown;
    private List<ChoiceRequest> referrals;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger churned = new AtomicInteger();
    private final AtomicInteger churnFailures = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        String url =
                System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        String redisUrl = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
        Clock clock = Clock.system(London.ZONE);
        database = Database.open(DatabaseSettings.of(url).withPoolSize(8));
        Jdbi jdbi = database.jdbi();
        loadIfEmpty(database, clock);

        SiteDirectory sites = new SiteDirectory(new JdbiNetworkDirectory(jdbi), clock);
        PostcodeLocations postcodes = new JdbiPostcodeLocations(jdbi);
        FreeSlots availability = new JdbiFreeSlots(jdbi);
        EarliestFreeSlots earliest = new EarliestFreeSlots(availability, clock);
        kept = new WhereSearch(sites, earliest, postcodes, clock);
        // Never told the feed is up: what the service does while Redis is down.
        redisDown = new WhereSearch(sites, new EarliestFreeSlots(availability, clock), postcodes, clock);

        RedisSettings redisSettings =
                RedisSettings.of(URI.create(redisUrl), "choose-where-bench:" + UUID.randomUUID() + ":");
        redis = RedisClients.pooled(redisSettings);
        CountDownLatch up = new CountDownLatch(1);
        feed = RedisSlotChangeFeed.start(redisSettings, new Announced(earliest, up), Duration.ofSeconds(1));
        if (!up.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The slot change feed did not come up: is Redis at " + redisUrl + "?");
        }
        BookingService bookings = new BookingService(
                new JdbiBookingStore(jdbi),
                new RedisSlotHolds(redis, redisSettings, clock),
                new LocalAndRedis(earliest, new RedisSlotChangeNotifier(redis, redisSettings)),
                clock);

        referrals = referrals(jdbi);
        startChurn(jdbi, bookings);
        System.out.printf(
                "%nchoose-where: %d referrals; %s%n",
                referrals.size(),
                jdbi.withHandle(h -> h.createQuery("""
                                select format('%s sites, %s rooms, %s slots (%s free), %s requests',
                                    (select count(*) from site), (select count(*) from room), (select count(*) from slot),
                                    (select count(*) from slot where status = 'FREE'), (select count(*) from request))
                                """).mapTo(String.class).one()));
    }

    @Benchmark
    public List<SiteOption> chooseWhere() {
        return kept.search(nextReferral(), WhereFilters.defaults());
    }

    @Benchmark
    public List<SiteOption> chooseWhereWithRedisDown() {
        return redisDown.search(nextReferral(), WhereFilters.defaults());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        churn.shutdownNow();
        churn.awaitTermination(10, TimeUnit.SECONDS);
        System.out.printf("%nchurn: %d cancel-and-rebook pairs, %d failed%n", churned.get(), churnFailures.get());
        feed.close();
        redis.close();
        database.close();
    }

    private ChoiceRequest nextReferral() {
        return referrals.get(Math.floorMod(next.getAndIncrement(), referrals.size()));
    }

    private static void loadIfEmpty(Database database, Clock clock) {
        long sites = database.jdbi()
                .withHandle(h -> h.createQuery("select count(*) from site")
                        .mapTo(Long.class)
                        .one());
        if (sites == 0) {
            long started = System.nanoTime();
            new DemoNetworkLoader(database)
                    .load(DemoNetwork.generate(DemoPreset.FULL, 42, DemoNetwork.nextMonday(clock)));
            System.out.printf("loaded the FULL demo network in %.0f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static List<ChoiceRequest> referrals(Jdbi jdbi) {
        JdbiChoiceRequests queries = new JdbiChoiceRequests(jdbi);
        List<ChoiceRequest> found = new ArrayList<>();
        jdbi.withHandle(h -> h.createQuery("""
                                select r.id, r.patient_id from request r
                                where r.state = 'WAITING' order by md5(r.id::text) limit :n
                                """)
                        .bind("n", REFERRALS)
                        .map((rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("patient_id")})
                        .list())
                .forEach(ids -> queries.find(new RequestId(ids[0])).ifPresent(found::add));
        if (found.isEmpty()) {
            throw new IllegalStateException("No waiting referrals: is this a demo network database?");
        }
        return found;
    }

    /** Booked appointments a day or more ahead, cancelled and booked again into the same slot in turn. */
    private void startChurn(Jdbi jdbi, BookingService bookings) {
        record Booked(AppointmentId appointment, RequestId request, SlotId slot, PatientId patient) {}
        List<Booked> booked = new ArrayList<>(jdbi.withHandle(h -> h.createQuery("""
                        select a.id, a.request_id, a.slot_id, r.patient_id
                        from appointment a join slot s on s.id = a.slot_id join request r on r.id = a.request_id
                        where a.status = 'BOOKED' and s.starts_at > now() + interval '1 day'
                        order by md5(a.id::text) limit 2000
                        """)
                .map((rs, ctx) -> new Booked(
                        new AppointmentId(rs.getObject("id", UUID.class)),
                        new RequestId(rs.getLong("request_id")),
                        new SlotId(rs.getLong("slot_id")),
                        new PatientId(rs.getLong("patient_id"))))
                .list()));
        AtomicInteger turn = new AtomicInteger();
        churn = Executors.newSingleThreadScheduledExecutor();
        churn.scheduleAtFixedRate(
                () -> {
                    int i = Math.floorMod(turn.getAndIncrement(), booked.size());
                    Booked b = booked.get(i);
                    Actor actor = Actor.patient(b.patient());
                    try {
                        bookings.cancel(new Cancel(b.appointment(), actor, "Benchmark churn", true));
                        BookingOutcome again = bookings.book(new Book(b.request(), b.slot(), actor, Optional.empty()));
                        if (again instanceof BookingOutcome.Booked rebooked) {
                            booked.set(i, new Booked(rebooked.appointment().id(), b.request(), b.slot(), b.patient()));
                            churned.incrementAndGet();
                        } else {
                            churnFailures.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        churnFailures.incrementAndGet();
                    }
                },
                0,
                1_000_000 / CHURN_PER_SECOND,
                TimeUnit.MICROSECONDS);
    }

    /** As the portal's relay: this instance's kept answers are told at once, others through Redis. */
    private record LocalAndRedis(EarliestFreeSlots earliest, RedisSlotChangeNotifier redis)
            implements SlotChangeNotifier {
        @Override
        public void released(SlotReleased event) {
            earliest.changed(new SlotChange(SlotChange.Kind.FREED, event.slot(), event.room()));
            redis.released(event);
        }

        @Override
        public void booked(SlotBooked event) {
            earliest.changed(new SlotChange(SlotChange.Kind.BOOKED, event.slot(), event.room()));
            redis.booked(event);
        }

        @Override
        public void blocked(SlotsBlocked event) {
            event.slots()
                    .forEach(slot -> earliest.changed(new SlotChange(SlotChange.Kind.BLOCKED, slot, event.room())));
            redis.blocked(event);
        }
    }

    /** Passes the feed on to the kept answers, and says when it is first up. */
    private record Announced(EarliestFreeSlots earliest, CountDownLatch up) implements SlotChangeListener {
        @Override
        public void changed(SlotChange change) {
            earliest.changed(change);
        }

        @Override
        public void feedUp() {
            earliest.feedUp();
            up.countDown();
        }

        @Override
        public void feedDown() {
            earliest.feedDown();
        }
    }
}
