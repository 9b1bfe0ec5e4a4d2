package org.imagingnetwork.fhir.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.imagingnetwork.core.operations.HealthCheck;
import org.junit.jupiter.api.Test;

/**
 * Readiness answers 503 only for what the app cannot serve without; a courtesy service that is
 * down (Redis) is reported as degraded and keeps the instance in the load balancer.
 */
class OperationsEndpointIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aCourtesyServiceDownLeavesTheAppReadyButDegraded() throws Exception {
        try (Running app = Running.with(List.of(check("database", true, true), check("redis", false, false)))) {
            HttpResponse<String> ready = app.get("/health/readiness");

            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body())
                    .startsWith("{\"status\":\"DEGRADED\"")
                    .contains("\"redis\":{\"status\":\"DEGRADED\"")
                    .contains("\"database\":{\"status\":\"UP\"}");
        }
    }

    @Test
    void somethingNeededToServeDownTakesTheAppOutOfService() throws Exception {
        try (Running app = Running.with(List.of(check("database", true, false), check("redis", false, false)))) {
            HttpResponse<String> ready = app.get("/health/readiness");

            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).startsWith("{\"status\":\"DOWN\"").contains("\"database\":{\"status\":\"DOWN\"");
        }
    }

    private static HealthCheck check(String name, boolean neededToServe, boolean up) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, Object> check() {
                if (!up) {
                    throw new IllegalStateException("connection refused");
                }
                return Map.of();
            }

            @Override
            public boolean neededToServe() {
                return neededToServe;
            }
        };
    }

    private record Running(Server server) implements AutoCloseable {

        static Running with(List<HealthCheck> readiness) throws Exception {
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            ServletContextHandler handler = new ServletContextHandler();
            OperationsEndpoint.mount(
                    handler, readiness, List.of(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
            server.setHandler(handler);
            server.start();
            return new Running(server);
        }

        HttpResponse<String> get(String path) throws Exception {
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws Exception {
            server.stop();
        }
    }
}
