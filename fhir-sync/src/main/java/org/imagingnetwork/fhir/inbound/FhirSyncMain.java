package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseHealth;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.operations.EnvironmentVariables;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisHealth;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.rules.RuleBook;
import org.imagingnetwork.fhir.operations.OperationsEndpoint;
import org.imagingnetwork.fhir.operations.Prometheus;
import org.imagingnetwork.fhir.operations.RelayHealth;
import org.imagingnetwork.fhir.relay.DeliveredRetention;
import org.imagingnetwork.fhir.relay.OutboxRelay;
import org.imagingnetwork.fhir.relay.RelayBacklog;
import org.imagingnetwork.fhir.relay.RelaySettings;
import org.imagingnetwork.fhir.relay.RisAddresses;
import org.imagingnetwork.fhir.security.BearerTokens;
import org.imagingnetwork.fhir.slotsearch.SlotSearchEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the platform's FHIR boundary: the outbox relay, the trusts' feed at {@code /fhir/ris} and
 * slot search and booking at {@code /fhir/booking}. Settings come from the environment only
 * (docs/operations.md): DATABASE_URL, FHIR_TRUST_TOKENS (ODS=token,...) and FHIR_CHANNEL_TOKENS
 * (channel=token,...) are required; REDIS_URL, REDIS_KEY_PREFIX, FHIR_HOST, FHIR_PORT,
 * FHIR_DB_POOL and the relay's variables are optional.
 */
public final class FhirSyncMain {

    private static final Logger log = LoggerFactory.getLogger(FhirSyncMain.class);

    private FhirSyncMain() {}

    public static void main(String[] args) throws Exception {
        try {
            run(EnvironmentVariables.system());
        } catch (IllegalArgumentException e) {
            // A setting missing or wrong: say which, without a stack trace to read through.
            System.err.println("Refusing to start: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(EnvironmentVariables env) throws Exception {
        BearerTokens<OdsCode> trustTokens =
                BearerTokens.parse(env.required("FHIR_TRUST_TOKENS"), "FHIR_TRUST_TOKENS", OdsCode::new);
        BearerTokens<String> channelTokens = BearerTokens.parse(
                env.required("FHIR_CHANNEL_TOKENS"), "FHIR_CHANNEL_TOKENS", FhirSyncMain::channelName);
        Clock clock = Clock.systemUTC();
        Database database = Database.open(
                DatabaseSettings.of(env.required("DATABASE_URL")).withPoolSize(env.number("FHIR_DB_POOL", 16)));
        var jdbi = database.jdbi();
        RedisSettings redis = RedisSettings.of(
                URI.create(env.text("REDIS_URL", "redis://127.0.0.1:6379")), env.text("REDIS_KEY_PREFIX", "ins:"));
        var pool = RedisClients.pooled(redis);
        PrometheusMeterRegistry prometheus = Prometheus.registry("fhir-boundary");
        BookingService bookings = new BookingService(
                new JdbiBookingStore(jdbi),
                new RedisSlotHolds(pool, redis, clock),
                new RedisSlotChangeNotifier(pool, redis),
                clock);
        RequestService requests = new RequestService(
                new JdbiRequestRepository(jdbi),
                new JdbiPatientRepository(jdbi, clock),
                new JdbiExamCatalogue(jdbi),
                new JdbiNetworkDirectory(jdbi),
                new RuleBook(new JdbiRuleRepository(jdbi, clock)),
                clock);

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(env.text("FHIR_HOST", "127.0.0.1"));
        connector.setPort(env.number("FHIR_PORT", 8082));
        server.addConnector(connector);
        ServletContextHandler handler = new ServletContextHandler();
        handler.setContextPath("/");
        InboundEndpoint.mount(handler, "/fhir/ris", InboundEndpoint.server(requests, jdbi, trustTokens, clock));
        InboundEndpoint.mount(
                handler, "/fhir/booking", SlotSearchEndpoint.server(bookings, jdbi, channelTokens, clock));
        RelaySettings settings = RelaySettings.fromEnvironment(env);
        OutboxRelay relay =
                new OutboxRelay(jdbi, FhirContext.forR4(), settings, RisAddresses.fromEnvironment(env), clock);
        RelayBacklog backlog = RelayBacklog.start(jdbi, prometheus, clock);
        DeliveredRetention retention = DeliveredRetention.start(jdbi, env, clock, prometheus);
        OperationsEndpoint.mount(
                handler,
                List.of(new DatabaseHealth(jdbi), new RedisHealth(pool)),
                List.of(new RelayHealth(relay, backlog)),
                prometheus);
        server.setHandler(handler);
        server.start();
        relay.start();
        log.info(
                "FHIR boundary on port {}: /fhir/ris for trusts, /fhir/booking for channels; relay with {} workers{}",
                connector.getLocalPort(),
                settings.workers(),
                env.text("RIS_URL_TEMPLATE", "").isEmpty() ? "" : " writing to " + env.text("RIS_URL_TEMPLATE", ""));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            relay.close();
                            backlog.close();
                            retention.close();
                            try {
                                server.stop();
                            } catch (Exception e) {
                                log.warn("Jetty did not stop cleanly: {}", e.toString());
                            }
                            database.close();
                            stopped.countDown();
                        },
                        "fhir-sync-stop"));
        stopped.await();
    }

    /** A booking channel's name as FHIR_CHANNEL_TOKENS gives it: a lower-case word such as nhs-app. */
    private static String channelName(String name) {
        if (!name.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException(
                    "FHIR_CHANNEL_TOKENS channel names are lower-case words, such as nhs-app");
        }
        return name;
    }
}
