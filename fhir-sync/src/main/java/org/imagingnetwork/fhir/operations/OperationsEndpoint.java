package org.imagingnetwork.fhir.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.imagingnetwork.core.operations.HealthCheck;

/**
 * Health, readiness and metrics of a FHIR app, answered as the Micronaut apps answer them:
 * {@code /health/liveness} (the process serves), {@code /health/readiness} (what it needs to serve
 * answers: 503 when one does not), {@code /health} (readiness and what an operator watches, such
 * as the relay's backlog) and {@code /prometheus} (Micrometer's registry in Prometheus' text form).
 */
public final class OperationsEndpoint extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient List<HealthCheck> readiness;
    private final transient List<HealthCheck> watched;
    private final transient PrometheusMeterRegistry prometheus;

    private OperationsEndpoint(
            List<HealthCheck> readiness, List<HealthCheck> watched, PrometheusMeterRegistry prometheus) {
        this.readiness = List.copyOf(readiness);
        this.watched = List.copyOf(watched);
        this.prometheus = prometheus;
    }

    public static void mount(
            ServletContextHandler handler,
            List<HealthCheck> readiness,
            List<HealthCheck> watched,
            PrometheusMeterRegistry prometheus) {
        ServletHolder holder = new ServletHolder("operations", new OperationsEndpoint(readiness, watched, prometheus));
        handler.addServlet(holder, "/health");
        handler.addServlet(holder, "/health/*");
        handler.addServlet(holder, "/prometheus");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        switch (path) {
            case "/prometheus" -> answer(response, 200, "text/plain; version=0.0.4", prometheus.scrape());
            case "/health/liveness" -> health(response, List.of());
            case "/health/readiness" -> health(response, readiness);
            case "/health" -> health(response, both());
            default -> response.sendError(404);
        }
    }

    private List<HealthCheck> both() {
        return java.util.stream.Stream.concat(readiness.stream(), watched.stream())
                .toList();
    }

    private static void health(HttpServletResponse response, List<HealthCheck> checks) throws IOException {
        Map<String, Object> components = new LinkedHashMap<>();
        boolean up = true;
        boolean degraded = false;
        for (HealthCheck check : checks) {
            Map<String, Object> component = new LinkedHashMap<>();
            try {
                Map<String, Object> details = check.check();
                component.put("status", "UP");
                if (!details.isEmpty()) {
                    component.put("details", details);
                }
            } catch (RuntimeException e) {
                // The kind of failure only: a message may carry a connection string.
                if (check.neededToServe()) {
                    up = false;
                    component.put("status", "DOWN");
                } else {
                    degraded = true;
                    component.put("status", "DEGRADED");
                }
                component.put("error", e.getClass().getSimpleName());
            }
            components.put(check.name(), component);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? (degraded ? "DEGRADED" : "UP") : "DOWN");
        if (!components.isEmpty()) {
            body.put("components", components);
        }
        answer(response, up ? 200 : 503, "application/json", JSON.writeValueAsString(body));
    }

    private static void answer(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
