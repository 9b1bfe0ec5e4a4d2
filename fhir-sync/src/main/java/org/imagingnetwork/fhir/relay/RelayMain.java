package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.operations.EnvironmentVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one relay instance until stopped. Any number may run at once over one database. Settings
 * come from the environment only (docs/operations.md): DATABASE_URL, RELAY_WORKERS,
 * RIS_URL_TEMPLATE, RELAY_LEASE_SECONDS, RIS_CONNECT_TIMEOUT_MS, RIS_READ_TIMEOUT_MS.
 */
public final class RelayMain {

    private static final Logger log = LoggerFactory.getLogger(RelayMain.class);

    private RelayMain() {}

    public static void main(String[] args) throws InterruptedException {
        EnvironmentVariables env = EnvironmentVariables.system();
        String url = env.required("DATABASE_URL");
        RelaySettings settings = RelaySettings.fromEnvironment(env);
        RisAddresses addresses = RisAddresses.fromEnvironment(env);
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
                env.text("RIS_URL_TEMPLATE", "").isEmpty() ? "" : ", writing to " + env.text("RIS_URL_TEMPLATE", ""));
        stopped.await();
    }
}
