package org.imagingnetwork.console.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.imagingnetwork.testsupport.TestDatabase;
import org.imagingnetwork.testsupport.TestRedis;

/**
 * The patient portal, its runnable jar built by the same reactor, started as a process of its own
 * over this run's database and Redis — the two apps cannot share one classpath — with a local
 * stand-in for NHS login, so a test can follow what the console did through to what a patient sees.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Path JAR = Path.of("..", "patient-portal", "target", "patient-portal.jar");
    public static final String SKIP_REASON = "The patient portal's jar is not built beside the console ("
            + JAR.toAbsolutePath().normalize()
            + "): build both in one reactor, e.g. ./mvnw verify -pl patient-portal,staff-console -am";

    private static PortalProcess shared;

    private final Process process;
    private final MockOAuth2Server nhsLogin;
    private final int port;

    private PortalProcess(Process process, MockOAuth2Server nhsLogin, int port) {
        this.process = process;
        this.nhsLogin = nhsLogin;
        this.port = port;
    }

    /** Whether the portal's runnable jar is there to start. */
    public static boolean built() {
        return Files.isRegularFile(JAR);
    }

    /**
     * The portal started once per test JVM and shared by the journeys that follow a run through to
     * the patients (each start costs a JVM and the app's start-up), stopped when the JVM exits.
     */
    public static synchronized PortalProcess shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start();
            PortalProcess started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return shared;
    }

    private static PortalProcess start() throws IOException, InterruptedException {
        MockOAuth2Server nhsLogin = new MockOAuth2Server();
        nhsLogin.start();
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // Shared with the console tests after the journeys that need it, the portal
                        // must not act on their data by itself: no offers of released slots, no
                        // reminders on a timer (as the portal's own tests run it).
                        "-Dportal.offers.sweep-enabled=false",
                        "-Dportal.reminders.sweep-enabled=false",
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "portal-process.log").toFile());
        builder.environment()
                .putAll(Map.of(
                        // The test profile lets the portal start on its shipped development secrets.
                        "APP_PROFILE", "test",
                        "PORTAL_PORT", String.valueOf(port),
                        "PORTAL_PUBLIC_URL", "http://localhost:" + port,
                        "DATABASE_URL", TestDatabase.get().jdbcUrl(),
                        "REDIS_URL", TestRedis.get().uri().toString(),
                        "REDIS_KEY_PREFIX", TestRedis.get().keyPrefix(),
                        "NHS_LOGIN_ISSUER", nhsLogin.issuerUrl("nhslogin").toString(),
                        // Nothing in these tests reads the texts the portal would send.
                        "NOTIFY_BASE_URL", "http://127.0.0.1:" + freePort()));
        PortalProcess portal = new PortalProcess(builder.start(), nhsLogin, port);
        portal.awaitReady();
        return portal;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The next NHS login through the stand-in signs in the patient with this NHS number. */
    public void nextNhsLoginAs(String nhsNumber) {
        nhsLogin.enqueueCallback(new DefaultOAuth2TokenCallback(
                "nhslogin",
                "nhs-login-" + nhsNumber,
                com.nimbusds.jose.JOSEObjectType.JWT.getType(),
                List.of("imaging-network-portal"),
                Map.of("nhs_number", nhsNumber, "identity_proofing_level", "P9"),
                3600));
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped while starting; see "
                        + Path.of("target", "portal-process.log").toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url() + "/sign-in"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the portal did not answer within 120 s; see target/portal-process.log");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        nhsLogin.shutdown();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
