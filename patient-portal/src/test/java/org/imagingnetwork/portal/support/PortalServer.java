package org.imagingnetwork.portal.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.NotifyStub;
import org.imagingnetwork.testsupport.TestDatabase;
import org.imagingnetwork.testsupport.TestRedis;
import org.jdbi.v3.core.Jdbi;

/**
 * The running portal for integration tests, started once per test JVM: the real app on a real
 * port over this run's PostgreSQL database and Redis, a real OpenID Connect provider standing in
 * for NHS login, and a Notify stub recording messages.
 */
public final class PortalServer {

    private static PortalServer instance;

    private final EmbeddedServer server;
    private final MockOAuth2Server nhsLogin;
    private final NotifyStub notify;
    private final PortalFixture fixture;

    private PortalServer(EmbeddedServer server, MockOAuth2Server nhsLogin, NotifyStub notify, PortalFixture fixture) {
        this.server = server;
        this.nhsLogin = nhsLogin;
        this.notify = notify;
        this.fixture = fixture;
    }

    public static synchronized PortalServer get() {
        if (instance == null) {
            instance = start(Map.of());
        }
        return instance;
    }

    /** A separate instance with its own settings, over the same database and Redis (a second app instance). */
    public static PortalServer start(Map<String, Object> overrides) {
        try {
            MockOAuth2Server nhsLogin = new MockOAuth2Server();
            nhsLogin.start();
            NotifyStub notify = new NotifyStub();
            int port = freePort();
            Map<String, Object> properties = new HashMap<>();
            properties.put("micronaut.server.port", port);
            properties.put("portal.database-url", TestDatabase.get().jdbcUrl());
            properties.put("portal.database-pool-size", 20);
            properties.put("portal.redis-url", TestRedis.get().uri().toString());
            properties.put("portal.redis-key-prefix", TestRedis.get().keyPrefix());
            properties.put("portal.public-url", "http://localhost:" + port);
            properties.put("portal.notify.base-url", notify.baseUrl());
            properties.put(
                    "micronaut.security.oauth2.clients.nhslogin.openid.issuer",
                    nhsLogin.issuerUrl("nhslogin").toString());
            // Tests drive the offer engine themselves; a timer would race them for releases.
            properties.put("portal.offers.sweep-enabled", false);
            // Offers are made at any hour, so that the suite passes whenever it runs; QuietHoursTest
            // covers the night.
            properties.put("portal.offers.quiet-from", "00:00");
            properties.put("portal.offers.quiet-until", "00:00");
            properties.put("portal.reminders.sweep-enabled", false);
            // Every test signs in from 127.0.0.1; the per-address limit has a test of its own.
            properties.put("portal.answer-attempts-per-address", 1000);
            properties.putAll(overrides);
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
            PortalFixture fixture =
                    new PortalFixture(server.getApplicationContext().getBean(Jdbi.class));
            fixture.loadNetwork(London.clinicDay(java.time.Instant.now()).plusDays(1), 21);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                nhsLogin.shutdown();
                notify.close();
            }));
            return new PortalServer(server, nhsLogin, notify, fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal's address, always as localhost so browsers treat it as a secure context. */
    public String url() {
        return "http://localhost:" + server.getPort();
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public MockOAuth2Server nhsLogin() {
        return nhsLogin;
    }

    public NotifyStub notifyStub() {
        return notify;
    }

    public PortalFixture fixture() {
        return fixture;
    }

    public void stop() {
        server.close();
        nhsLogin.shutdown();
        notify.close();
    }

    public static LocalDate today() {
        return London.clinicDay(java.time.Instant.now());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
