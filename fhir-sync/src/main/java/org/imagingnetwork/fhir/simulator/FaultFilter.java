package org.imagingnetwork.fhir.simulator;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Puts one trust's fault switches in front of its FHIR endpoint. */
final class FaultFilter implements Filter {

    private static final String OUTCOME = """
            {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"%s","diagnostics":"%s"}]}""";

    private final Faults faults;

    FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        Faults.Fault fault = faults.draw(write);
        if (fault == Faults.Fault.DOWN) {
            dropConnection(request);
            return;
        }
        pause();
        switch (fault) {
            case SERVER_ERROR -> refuse(response, 500, "exception", "Simulated RIS failure");
            case CONFLICT -> refuse(response, 409, "conflict", "Simulated RIS conflict");
            case DROP_AFTER_COMMIT -> {
                // The write is handled and kept in full; only the answer is lost on the way back.
                chain.doFilter(request, new DiscardedResponse(response));
                dropConnection(request);
            }
            default -> chain.doFilter(request, response);
        }
    }

    private void pause() throws IOException {
        long millis = faults.delay().toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while simulating a slow RIS", e);
            }
        }
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/fhir+json");
        response.getOutputStream().write(OUTCOME.formatted(code, message).getBytes(StandardCharsets.UTF_8));
    }

    /** Closes the TCP connection under the request: the client sees a reset, not an HTTP answer. */
    private static void dropConnection(HttpServletRequest request) {
        ServletContextRequest.getServletContextRequest(request)
                .getConnectionMetaData()
                .getConnection()
                .getEndPoint()
                .close();
    }
}
