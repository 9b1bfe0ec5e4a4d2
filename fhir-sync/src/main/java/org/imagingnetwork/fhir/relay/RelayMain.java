package org.imagingnetwork.fhir.relay;

import ca.uhn.fhir.context.FhirContext;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseHealth;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.operations.EnvironmentVariables;
import org.imagingnetwork.fhir.operations.OperationsEndpoint;
import org.imagingnetwork.fhir.operations.Prometheus;
import org.imagingnetwork.fhir.operations.RelayHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one relay instance until stopped. Any number may run at once over one database. Settings
 * come from the environment only (docs/operations.md): DATABASE_URL, RELAY_WORKERS,
 * RIS_URL_TEMPLATE, RELAY_LEASE_SECONDS, RIS_CONNECT_TIMEOUT_MS, RIS_READ_TIMEOUT_MS, and
 * RELAY_HOST and RELAY_PORT for its health and metrics.
 */
public final class RelayMain {

    private static final Logger log = LoggerFactory.getLogger(RelayMain.class);

    private RelayMain() {}

    public static void main(String[] args) throws Exception {
        EnvironmentVariables env = EnvironmentVariables.system();
        String url = env.required("DATABASE_URL");
        RelaySettings settings = RelaySettings.fromEnvironment(env);
        RisAddresses addresses = RisAddresses.fromEnvironment(env);
        Clock clock = Clock.systemUTC();
        PrometheusMeterRegistry prometheus = Prometheus.registry("fhir-relay");
        Database database = Database.open(DatabaseSettings.of(url).withPoolSize(settings.workers() + 2));
        OutboxRelay relay = new OutboxRelay(database.jdbi(), FhirContext.forR4(), settings, addresses, clock);
        RelayBacklog backlog = RelayBacklog.start(database.jdbi(), prometheus, clock);
        DeliveredRetention retention = DeliveredRetention.start(database.jdbi(), env, clock, prometheus);
        Server operations = new Server();
        ServerConnector connector = new ServerConnector(operations);
        connector.setHost(env.text("RELAY_HOST", "127.0.0.1"));
        connector.setPort(env.number("RELAY_PORT", 8083));
        operations.addConnector(connector);
        ServletContextHandler handler = new ServletContextHandler();
        handler.setContextPath("/");
        OperationsEndpoint.mount(
                handler,
                List.of(new DatabaseHealth(database.jdbi()), new RelayHealth(relay, backlog)),
                List.of(),
                prometheus);
        operations.setHandler(handler);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            relay.close();
                            backlog.close();
                            retention.close();
                            try {
                                operations.stop();
                            } catch (Exception e) {
                                log.warn("Jetty did not stop cleanly: {}", e.toString());
                            }
                            database.close();
                            stopped.countDown();
                        },
                        "relay-stop"));
        relay.start();
        operations.start();
        log.info(
                "Outbox relay running with {} workers{}; health and metrics on port {}",
                settings.workers(),
                env.text("RIS_URL_TEMPLATE", "").isEmpty() ? "" : ", writing to " + env.text("RIS_URL_TEMPLATE", ""),
                connector.getLocalPort());
        stopped.await();
    }
}
