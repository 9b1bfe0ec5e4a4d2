package org.imagingnetwork.fhir.simulator;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.operations.EnvironmentVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the trust RIS simulator until stopped. Settings from the environment (docs/operations.md):
 * RIS_SIMULATOR_HOST (127.0.0.1), RIS_SIMULATOR_PORT (8090) and RIS_SIMULATOR_TRUSTS (RRK,RJE,...);
 * without the trusts, they are read from the network database named by DATABASE_URL, so the demo
 * gets one simulated RIS per trust it generated.
 */
public final class RisSimulatorMain {

    private static final Logger log = LoggerFactory.getLogger(RisSimulatorMain.class);

    private RisSimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        EnvironmentVariables env = EnvironmentVariables.system();
        String host = env.text("RIS_SIMULATOR_HOST", "127.0.0.1");
        RisSimulator simulator = RisSimulator.start(
                host, env.number("RIS_SIMULATOR_PORT", 8090), trusts(env), FhirContext.forR4(), Clock.systemUTC());
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

    private static List<String> trusts(EnvironmentVariables env) {
        String given = env.text("RIS_SIMULATOR_TRUSTS", "");
        if (!given.isEmpty()) {
            return Arrays.stream(given.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        String url = env.text("DATABASE_URL", "");
        if (url.isEmpty()) {
            throw new IllegalArgumentException(
                    "Set RIS_SIMULATOR_TRUSTS=ODS1,ODS2 or DATABASE_URL to the network database");
        }
        try (Database database = Database.connect(DatabaseSettings.of(url).withPoolSize(1))) {
            return new TrustCodes(database.jdbi()).all();
        }
    }
}
