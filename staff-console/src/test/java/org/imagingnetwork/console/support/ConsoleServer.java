package org.imagingnetwork.console.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.NotifyStub;
import org.imagingnetwork.testsupport.TestDatabase;
import org.imagingnetwork.testsupport.TestRedis;
import org.jdbi.v3.core.Jdbi;

/**
 * The running console for integration tests, started once per test JVM and shared by every test
 * class: the real app on a real port over this run's PostgreSQL database (loaded with the SMALL
 * demo network: three trusts in two ICSs, or the {@link #preset()} named) and Redis, a real
 * OpenID Connect provider standing in for NHS CIS2, and a local GOV.UK Notify stand-in that the real
 * Notify client sends to.
 */
public final class ConsoleServer {

    private static ConsoleServer instance;

    private final EmbeddedServer server;
    private final MockOAuth2Server cis2;
    private final NotifyStub notify;
    private final DemoStaff staff;

    private ConsoleServer(EmbeddedServer server, MockOAuth2Server cis2, NotifyStub notify) {
        this.server = server;
        this.cis2 = cis2;
        this.notify = notify;
        this.staff = new DemoStaff(jdbi());
    }

    public static synchronized ConsoleServer get() {
        if (instance == null) {
            instance = start(Map.of(), true);
        }
        return instance;
    }

    /** A second instance over the same database and Redis, with its own CIS2 stand-in. */
    public static ConsoleServer another() {
        return another(Map.of());
    }

    /** A second instance with some settings of its own (such as one that solves no optimisation runs). */
    public static ConsoleServer another(Map<String, Object> overrides) {
        get();
        return start(overrides, false);
    }

    private static ConsoleServer start(Map<String, Object> overrides, boolean loadNetwork) {
        MockOAuth2Server cis2 = new MockOAuth2Server();
        cis2.start();
        NotifyStub notify = startNotify();
        int port = freePort();
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", port);
        properties.put("console.database-url", TestDatabase.get().jdbcUrl());
        properties.put("console.database-pool-size", 10);
        properties.put("console.redis-url", TestRedis.get().uri().toString());
        properties.put("console.redis-key-prefix", TestRedis.get().keyPrefix());
        properties.put(
                "micronaut.security.oauth2.clients.cis2.openid.issuer",
                cis2.issuerUrl("cis2").toString());
        // The daily re-assessment would move waiting requests whose eGFR has grown old back to VETTED
        // at a moment no test chooses (a booking journey lost its request between picking it and
        // opening it); core's DailyReassessmentIT tests the run itself.
        properties.put("console.reassessment.first-check-after", "24h");
        properties.put("console.notify.base-url", notify.baseUrl());
        // Tests tell the patients a re-plan moved with a clock of their own (ReplanNoticesIT).
        properties.put("console.replan-notices.first-after", "24h");
        properties.putAll(overrides);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        if (loadNetwork) {
            new DemoNetworkLoader(server.getApplicationContext().getBean(Database.class))
                    .load(DemoNetwork.generate(preset(), 7, DemoNetwork.nextMonday(Clock.system(London.ZONE))));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            cis2.shutdown();
            notify.close();
        }));
        return new ConsoleServer(server, cis2, notify);
    }

    /**
     * The demo network the tests load: SMALL, or the preset {@code -Dconsole.it.preset} names (FULL,
     * to measure a page at the network's real size).
     */
    public static DemoPreset preset() {
        return DemoPreset.valueOf(System.getProperty("console.it.preset", DemoPreset.SMALL.name()));
    }

    /** The console's address, as localhost so browsers treat it as a secure context. */
    public String url() {
        return "http://localhost:" + server.getPort();
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public Jdbi jdbi() {
        return server.getApplicationContext().getBean(Jdbi.class);
    }

    public MockOAuth2Server cis2() {
        return cis2;
    }

    /** The GOV.UK Notify stand-in this instance sends its texts and emails to. */
    public NotifyStub notifications() {
        return notify;
    }

    /** The network's trusts and ICSs, and staff of each role to sign in as. */
    public DemoStaff staff() {
        return staff;
    }

    /** A client signed in through the CIS2 stand-in as this member of staff. */
    public StaffClient signIn(DemoStaff.Member member) {
        StaffClient client = new StaffClient(url(), cis2);
        client.signIn(member);
        return client;
    }

    public void stop() {
        server.close();
        cis2.shutdown();
        notify.close();
    }

    private static NotifyStub startNotify() {
        try {
            return new NotifyStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
