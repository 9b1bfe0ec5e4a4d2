package org.imagingnetwork.console.support;

import java.time.Clock;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;

/**
 * The database the console's benchmarks read: the one DATABASE_URL names, migrated, and loaded with
 * the FULL demo network (seed 42, diary from next Monday) if it holds no network yet, so a second
 * run reuses the first one's network instead of loading it again.
 */
public final class FullNetworkDatabase {

    private FullNetworkDatabase() {}

    public static Database open(Clock clock) {
        String url =
                System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        Database database = Database.open(DatabaseSettings.of(url).withPoolSize(4));
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
        return database;
    }
}
