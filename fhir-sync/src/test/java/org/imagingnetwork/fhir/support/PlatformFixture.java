package org.imagingnetwork.fhir.support;

import ca.uhn.fhir.rest.server.RestfulServer;
import java.net.URI;
import java.time.Clock;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.rules.RuleBook;
import org.jdbi.v3.core.Jdbi;

/** Core services wired over the test database, and a Jetty on a free port to host a FHIR server. */
public final class PlatformFixture implements AutoCloseable {

    private final Server server;

    private PlatformFixture(Server server) {
        this.server = server;
    }

    public static RequestService requestService(Jdbi jdbi, Clock clock) {
        return new RequestService(
                new JdbiRequestRepository(jdbi),
                new JdbiPatientRepository(jdbi, clock),
                new JdbiExamCatalogue(jdbi),
                new JdbiNetworkDirectory(jdbi),
                new RuleBook(new JdbiRuleRepository(jdbi, clock)),
                clock);
    }

    /** Starts Jetty on 127.0.0.1 with {@code mount} adding the servers at {@code path}. */
    public static PlatformFixture host(String path, RestfulServer fhir, MountFunction mount) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler handler = new ServletContextHandler();
        handler.setContextPath("/");
        mount.accept(handler, path, fhir);
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new PlatformFixture(server);
    }

    public URI base(String path) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    @FunctionalInterface
    public interface MountFunction {
        void accept(ServletContextHandler handler, String path, RestfulServer server);
    }
}
