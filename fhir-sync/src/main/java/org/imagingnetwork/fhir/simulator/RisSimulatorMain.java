package org.imagingnetwork.fhir.simulator;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the trust RIS simulator until stopped.
 *
 * <pre>
 * java ... RisSimulatorMain [--host 127.0.0.1] [--port 8090] [--trusts RRK,RJE,...]
 * </pre>
 *
 * Without {@code --trusts}, the trusts are read from the network database named by
 * {@code DATABASE_URL}, so the demo gets one simulated RIS per trust it generated.
 */
public final class RisSimulatorMain {

    private static final Logger log = LoggerFactory.getLogger(RisSimulatorMain.class);

    private RisSimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        String host = option(args, "--host", "127.0.0.1");
        int port = Integer.parseInt(option(args, "--port", "8090"));
        List<String> trusts = trusts(option(args, "--trusts", ""));
        RisSimulator simulator = RisSimulator.start(host, port, trusts, FhirContext.forR4(), Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            simulator.close();
                            stopped.countDown();
                        },
                        "ris-simulator-stop"));
        for (String trust : simulator.trusts()) {
            log.info("Simulated RIS for {} at {}", trust, simulator.baseUrl(trust));
        }
        log.info(
                "Fault switches: POST http://{}:{}/admin/faults/<ODS>?down=true|slowMillis=..|serverErrors=..|conflicts=..|dropsAfterCommit=..|clear=true",
                host,
                simulator.port());
        stopped.await();
    }

    private static List<String> trusts(String given) {
        if (!given.isBlank()) {
            return Arrays.stream(given.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Give --trusts ODS1,ODS2 or set DATABASE_URL to the network database");
        }
        try (Database database = Database.connect(DatabaseSettings.of(url).withPoolSize(1))) {
            return new TrustCodes(database.jdbi()).all();
        }
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
