package org.imagingnetwork.core.benchmark;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.testsupport.TestDatabase;

/**
 * Confirmed bookings per second on the full demo network, beside pgbench's simple-update TPS on
 * the same server in the same run, measured once before the bookings and once after (this machine's
 * speed drifts within a run; the ratio is taken against their mean). Two booking-service instances
 * with their own pools share the clients, as two app instances would.
 *
 * <pre>./mvnw -q -DskipTests install &amp;&amp; ./mvnw -q -pl scheduler-core exec:java@booking-benchmark</pre>
 *
 * Options (system properties): {@code bookings} (default 20000), {@code warmUp} (bookings made
 * first and not timed, default a quarter of them, at most 6,000), {@code clients} (default 16),
 * {@code poolSize} (connections per instance, default half the clients),
 * {@code pgbenchSeconds} (default 30), {@code database} (a JDBC URL of a database to use instead of a
 * fresh one; the network is loaded into it only when it is empty).
 */
public final class BookingThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int bookings = Integer.getInteger("bookings", 20_000);
        int clients = Integer.getInteger("clients", 16);
        int poolSize = Integer.getInteger("poolSize", clients / 2);
        int pgbenchSeconds = Integer.getInteger("pgbenchSeconds", 30);
        String existing = System.getProperty("database", "");
        String url = existing.isBlank() ? TestDatabase.get().freshDatabase("bench") : existing;
        try (Database loader = Database.open(DatabaseSettings.of(url).withPoolSize(4))) {
            boolean loaded = loader.jdbi()
                    .withHandle(h -> h.createQuery("select exists (select 1 from trust)")
                            .mapTo(Boolean.class)
                            .one());
            if (loaded) {
                print("using the network already loaded in %s", url);
            } else {
                load(loader);
            }
        }
        try (Database a = Database.connect(DatabaseSettings.of(url).withPoolSize(poolSize));
                Database b = Database.connect(DatabaseSettings.of(url).withPoolSize(poolSize))) {
            BookingWorkload workload = new BookingWorkload(a.jdbi());
            List<BookingWorkload.Pair> pairs = workload.prepare(bookings);
            List<BookingService> instances =
                    List.of(Bookings.service(a, Bookings.redis()), Bookings.service(b, Bookings.redis()));
            PgBench pgbench = new PgBench(url, TestDatabase.get().user());
            double tpsBefore = pgbench.simpleUpdateTps(url, clients, pgbenchSeconds, 10);
            // Warms the JIT, the pools and the statement caches: with 2,000 the JIT compilers still
            // took a tenth of the CPU during the timed phase.
            int warmUp = Integer.getInteger("warmUp", Math.min(6_000, pairs.size() / 4));
            workload.run(instances, pairs.subList(0, warmUp), clients);
            a.jdbi().useHandle(h -> h.execute("checkpoint"));
            BookingWorkload.Result result = workload.run(instances, pairs.subList(warmUp, pairs.size()), clients);
            double tpsAfter = pgbench.simpleUpdateTps(url, clients, pgbenchSeconds, 10);
            double tps = (tpsBefore + tpsAfter) / 2;

            print(
                    "confirmed bookings: %d in %.1f s (%d refused) = %.0f bookings/s with %d clients",
                    result.booked(), result.seconds(), result.refused(), result.perSecond(), clients);
            print(
                    "pgbench simple-update, %d clients, %d s: %.0f tps before, %.0f after, mean %.0f",
                    clients, pgbenchSeconds, tpsBefore, tpsAfter, tps);
            print("ratio bookings/s : pgbench tps = %.2f (target >= 0.5)", result.perSecond() / tps);
        }
        System.exit(0);
    }

    private static void load(Database database) {
        long start = System.nanoTime();
        DemoNetwork network = DemoNetwork.generate(DemoPreset.FULL, 42, DemoNetwork.nextMonday(Clock.systemUTC()));
        new DemoNetworkLoader(database).load(network);
        print("full demo network generated and loaded in %.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
