package org.imagingnetwork.core.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoDatabase;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.jdbc.LoadedNetwork;
import org.imagingnetwork.core.jdbc.NetworkSummaryRepository;

/**
 * Generates the demo network, loads it into a fresh database on the PostgreSQL server named by
 * {@code DATABASE_URL}, and prints its summary. {@code run-demo.sh} runs this after starting the
 * servers; see {@link DemoOptions#USAGE} for the options.
 */
public final class LoadDemoNetwork {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private LoadDemoNetwork() {}

    public static void main(String[] args) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(DemoOptions.USAGE);
            System.exit(2);
            return;
        }
        String server = System.getenv("DATABASE_URL");
        if (server == null || server.isBlank()) {
            System.err.println("Set DATABASE_URL to a PostgreSQL JDBC URL, such as "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres (run-demo.sh does this for you)");
            System.exit(2);
            return;
        }
        run(options, server);
    }

    private static void run(DemoOptions options, String server) {
        System.out.printf(
                "Demo network: %s preset, seed %d, a %d-week diary from %s%n",
                options.preset(),
                options.seed(),
                options.preset().weeks(),
                options.start().format(DAY));
        long started = System.nanoTime();
        DemoNetwork network = DemoNetwork.generate(options.preset(), options.seed(), options.start());
        System.out.printf("Generated in %s%n", seconds(Duration.ofNanos(System.nanoTime() - started)));

        String url = DemoDatabase.recreate(server, options.database());
        try (Database database = Database.open(DatabaseSettings.of(url))) {
            LoadedNetwork loaded = new DemoNetworkLoader(database).load(network);
            System.out.printf("Loaded into database %s in %s%n", options.database(), seconds(loaded.elapsed()));
            loaded.steps().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                    .forEach(step -> System.out.printf("  %-32s %s%n", step.getKey(), seconds(step.getValue())));
            System.out.println();
            NetworkSummary summary = new NetworkSummaryRepository(database.jdbi()).summary(network.asOf());
            System.out.print(SummaryReport.format(summary));
        }
        System.out.printf("%nDemo database: %s%n", url);
        options.envFile().ifPresent(file -> writeEnv(file, url));
    }

    /** Written whole and then moved into place, so whoever waits for the file never reads half of it. */
    private static void writeEnv(Path file, String url) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, "DEMO_DATABASE_URL='" + url + "'\n");
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.UK, "%.1f s", duration.toMillis() / 1000.0);
    }
}
