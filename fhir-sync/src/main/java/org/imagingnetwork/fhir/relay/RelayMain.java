package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one relay instance until stopped. Any number may run at once over one database.
 *
 * <pre>
 * DATABASE_URL=jdbc:postgresql://... java ... RelayMain [--workers 4] [--ris-url-template http://127.0.0.1:8090/{ods}/fhir]
 *     [--lease-seconds 120] [--connect-timeout-ms 3000] [--read-timeout-ms 10000]
 * </pre>
 */
public final class RelayMain {

    private static final Logger log = LoggerFactory.getLogger(RelayMain.class);

    private RelayMain() {}

    public static void main(String[] args) throws InterruptedException {
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Set DATABASE_URL to the network database");
        }
        RelaySettings defaults = RelaySettings.defaults();
        RelaySettings settings = defaults.withWorkers(Integer.parseInt(option(args, "--workers", "4")))
                .withTimeouts(
                        millis(args, "--connect-timeout-ms", defaults.connectTimeout()),
                        millis(args, "--read-timeout-ms", defaults.readTimeout()))
                .withLease(Duration.ofSeconds(Long.parseLong(option(
                        args, "--lease-seconds", String.valueOf(defaults.lease().toSeconds())))));
        String template = option(args, "--ris-url-template", "");
        RisAddresses addresses = template.isBlank() ? RisAddresses.asRegistered() : RisAddresses.fromTemplate(template);
        Database database = Database.open(DatabaseSettings.of(url).withPoolSize(settings.workers() + 2));
        OutboxRelay relay =
                new OutboxRelay(database.jdbi(), FhirContext.forR4(), settings, addresses, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            relay.close();
                            database.close();
                            stopped.countDown();
                        },
                        "relay-stop"));
        relay.start();
        log.info(
                "Outbox relay running with {} workers{}",
                settings.workers(),
                template.isBlank() ? "" : ", writing to " + template);
        stopped.await();
    }

    private static Duration millis(String[] args, String name, Duration fallback) {
        return Duration.ofMillis(Long.parseLong(option(args, name, String.valueOf(fallback.toMillis()))));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
