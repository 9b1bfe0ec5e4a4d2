package org.imagingnetwork.fhir.simulator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.imagingnetwork.fhir.operations.OperationsEndpoint;

/**
 * A stand-in for the Radiology Information Systems of the network's trusts: one HAPI FHIR R4
 * {@link RestfulServer} per trust, each at {@code http://host:port/<ODS code>/fhir}, on one
 * embedded Jetty. Each keeps what it is sent in its own {@link RisStore} and has its own
 * {@link Faults}. Jetty was chosen over a Micronaut server because HAPI's plain server is a
 * servlet, and Jetty is the servlet container HAPI itself is built and tested against.
 */
public final class RisSimulator implements AutoCloseable {

    private final Server server;
    private final Map<String, TrustRis> trusts;

    private RisSimulator(Server server, Map<String, TrustRis> trusts) {
        this.server = server;
        this.trusts = trusts;
    }

    /** Starts a simulator for these trusts on this port (0 picks a free one) of 127.0.0.1 or the given host. */
    public static RisSimulator start(
            String host, int port, Collection<String> trustOdsCodes, FhirContext context, Clock clock) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("ris-simulator");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler handler = new ServletContextHandler();
        handler.setContextPath("/");
        Map<String, TrustRis> trusts = new LinkedHashMap<>();
        long seed = 1;
        for (String ods : Set.copyOf(trustOdsCodes).stream().sorted().toList()) {
            RisStore store = new RisStore(context, clock);
            Faults faults = new Faults(seed++);
            RestfulServer fhir = new RestfulServer(context);
            fhir.setResourceProviders(
                    List.of(new AppointmentProvider(store), new SlotProvider(store), new TaskProvider(store)));
            fhir.setDefaultResponseEncoding(EncodingEnum.JSON);
            String path = "/" + ods + "/fhir/*";
            handler.addServlet(new ServletHolder("ris-" + ods, fhir), path);
            handler.addFilter(new FilterHolder(new FaultFilter(faults)), path, EnumSet.of(DispatcherType.REQUEST));
            trusts.put(ods, new TrustRis(store, faults));
        }
        handler.addServlet(new ServletHolder("faults", new FaultAdminServlet(trusts)), "/admin/faults/*");
        // Up while it serves; its own metrics are the JVM's alone, so it keeps them out of the global registry.
        OperationsEndpoint.mount(handler, List.of(), List.of(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the RIS simulator on " + host + ":" + port, e);
        }
        return new RisSimulator(server, trusts);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The FHIR base URL of this trust's simulated RIS. */
    public URI baseUrl(String trustOdsCode) {
        requireTrust(trustOdsCode);
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + host + ":" + port() + "/" + trustOdsCode + "/fhir");
    }

    public RisStore store(String trustOdsCode) {
        return requireTrust(trustOdsCode).store();
    }

    public Faults faults(String trustOdsCode) {
        return requireTrust(trustOdsCode).faults();
    }

    public Set<String> trusts() {
        return trusts.keySet();
    }

    private TrustRis requireTrust(String ods) {
        TrustRis ris = trusts.get(ods);
        if (ris == null) {
            throw new IllegalArgumentException("No simulated RIS for trust " + ods);
        }
        return ris;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the RIS simulator", e);
        }
    }

    record TrustRis(RisStore store, Faults faults) {}
}
