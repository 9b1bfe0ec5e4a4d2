package org.imagingnetwork.fhir.inbound;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses writes without a declared length or larger than the limit before anything is parsed:
 * no referral or status update is anywhere near a megabyte, and a hostile body should cost nothing.
 */
final class BodyLimit implements Filter {

    private static final String OUTCOME = """
            {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"too-long","diagnostics":"%s"}]}""";

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        boolean write = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
        long length = request.getContentLengthLong();
        if (write && length < 0) {
            refuse(response, 411, "Send the body with a Content-Length");
        } else if (write && length > maxBytes) {
            refuse(response, 413, "The body is larger than " + maxBytes + " bytes");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/fhir+json");
        response.getOutputStream().write(OUTCOME.formatted(message).getBytes(StandardCharsets.UTF_8));
    }
}
