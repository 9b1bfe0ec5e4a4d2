package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.JdbiBookingStore;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.redis.RedisSlotHolds;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.rules.RuleBook;
import org.imagingnetwork.fhir.relay.OutboxRelay;
import org.imagingnetwork.fhir.relay.RelaySettings;
import org.imagingnetwork.fhir.relay.RisAddresses;
import org.imagingnetwork.fhir.security.BearerTokens;
import org.imagingnetwork.fhir.slotsearch.SlotSearchEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the platform's FHIR boundary: the outbox relay, the trusts' feed at {@code /fhir/ris} and
 * slot search and booking at {@code /fhir/booking}. Settings come from the environment:
 * DATABASE_URL (required), REDIS_URL (default redis://127.0.0.1:6379), FHIR_PORT (8082),
 * FHIR_TRUST_TOKENS (ODS=token,...), FHIR_CHANNEL_TOKENS (channel=token,...), RIS_URL_TEMPLATE
 * (send every trust's writes to, say, the simulator: http://127.0.0.1:8090/{ods}/fhir) and
 * RELAY_WORKERS (4). For a demo, {@code --demo-tokens <file>} makes a fresh random token for every
 * trust in the database and for the {@code nhs-app} channel instead, and writes them to the file.
 */
public final class FhirSyncMain {

    private static final Logger log = LoggerFactory.getLogger(FhirSyncMain.class);

    private FhirSyncMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String url = required(env, "DATABASE_URL");
        Clock clock = Clock.systemUTC();
        Database database = Database.open(DatabaseSettings.of(url).withPoolSize(16));
        var jdbi = database.jdbi();
        RedisSettings redis =
                RedisSettings.of(URI.create(env.getOrDefault("REDIS_URL", "redis://127.0.0.1:6379")), "ins:");
        var pool = RedisClients.pooled(redis);
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

        String demoTokens = option(args, "--demo-tokens");
        BearerTokens<OdsCode> trustTokens;
        BearerTokens<String> channelTokens;
        if (demoTokens != null) {
            Map<OdsCode, String> perTrust = new TreeMap<>(java.util.Comparator.comparing(OdsCode::value));
            new JdbiNetworkDirectory(jdbi).trusts().forEach(trust -> perTrust.put(trust.odsCode(), randomToken()));
            String app = randomToken();
            trustTokens = BearerTokens.of(perTrust);
            channelTokens = BearerTokens.of(Map.of("nhs-app", app));
            StringBuilder file = new StringBuilder("# Demo bearer tokens, made afresh each run\nnhs-app=" + app + "\n");
            perTrust.forEach((trust, token) ->
                    file.append(trust.value()).append('=').append(token).append('\n'));
            Files.writeString(Path.of(demoTokens), file.toString());
        } else {
            trustTokens = BearerTokens.parse(required(env, "FHIR_TRUST_TOKENS"), "FHIR_TRUST_TOKENS", OdsCode::new);
            channelTokens = BearerTokens.parse(
                    required(env, "FHIR_CHANNEL_TOKENS"), "FHIR_CHANNEL_TOKENS", FhirSyncMain::channelName);
        }

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(env.getOrDefault("FHIR_HOST", "127.0.0.1"));
        connector.setPort(Integer.parseInt(env.getOrDefault("FHIR_PORT", "8082")));
        server.addConnector(connector);
        ServletContextHandler handler = new ServletContextHandler();
        handler.setContextPath("/");
        InboundEndpoint.mount(handler, "/fhir/ris", InboundEndpoint.server(requests, jdbi, trustTokens, clock));
        InboundEndpoint.mount(
                handler, "/fhir/booking", SlotSearchEndpoint.server(bookings, jdbi, channelTokens, clock));
        server.setHandler(handler);
        server.start();

        String template = env.getOrDefault("RIS_URL_TEMPLATE", "");
        RelaySettings settings =
                RelaySettings.defaults().withWorkers(Integer.parseInt(env.getOrDefault("RELAY_WORKERS", "4")));
        OutboxRelay relay = new OutboxRelay(
                jdbi,
                FhirContext.forR4(),
                settings,
                template.isBlank() ? RisAddresses.asRegistered() : RisAddresses.fromTemplate(template),
                clock);
        relay.start();
        log.info(
                "FHIR boundary on port {}: /fhir/ris for trusts, /fhir/booking for channels; relay with {} workers{}",
                connector.getLocalPort(),
                settings.workers(),
                template.isBlank() ? "" : " writing to " + template);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            relay.close();
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

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** A booking channel's name as FHIR_CHANNEL_TOKENS gives it: a lower-case word such as nhs-app. */
    private static String channelName(String name) {
        if (!name.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException(
                    "FHIR_CHANNEL_TOKENS channel names are lower-case words, such as nhs-app");
        }
        return name;
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set " + name + " (see docs/fhir.md)");
        }
        return value;
    }
}
