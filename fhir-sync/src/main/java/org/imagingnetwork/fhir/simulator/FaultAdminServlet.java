package org.imagingnetwork.fhir.simulator;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Flips a trust's fault switches while a demo runs:
 * {@code POST /admin/faults/RRK?down=true}, {@code ?slowMillis=3000}, {@code ?serverErrors=0.2},
 * {@code ?conflicts=0.1}, {@code ?dropsAfterCommit=0.1}, {@code ?clear=true}; {@code GET} shows them.
 */
final class FaultAdminServlet extends HttpServlet {

    private final transient Map<String, RisSimulator.TrustRis> trusts;

    FaultAdminServlet(Map<String, RisSimulator.TrustRis> trusts) {
        this.trusts = trusts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RisSimulator.TrustRis ris = trust(request, response);
        if (ris != null) {
            reply(response, 200, ris.faults().toString());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RisSimulator.TrustRis ris = trust(request, response);
        if (ris == null) {
            return;
        }
        Faults faults = ris.faults();
        try {
            if (Boolean.parseBoolean(request.getParameter("clear"))) {
                faults.clear();
            }
            if (request.getParameter("down") != null) {
                faults.down(Boolean.parseBoolean(request.getParameter("down")));
            }
            if (request.getParameter("slowMillis") != null) {
                faults.slow(Duration.ofMillis(Long.parseLong(request.getParameter("slowMillis"))));
            }
            if (request.getParameter("serverErrors") != null) {
                faults.serverErrors(Double.parseDouble(request.getParameter("serverErrors")));
            }
            if (request.getParameter("conflicts") != null) {
                faults.conflicts(Double.parseDouble(request.getParameter("conflicts")));
            }
            if (request.getParameter("dropsAfterCommit") != null) {
                faults.dropsAfterCommit(Double.parseDouble(request.getParameter("dropsAfterCommit")));
            }
        } catch (IllegalArgumentException e) {
            reply(response, 400, "Bad fault setting: rates are numbers from 0 to 1, slowMillis a whole number");
            return;
        }
        reply(response, 200, faults.toString());
    }

    private RisSimulator.TrustRis trust(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ods = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
        RisSimulator.TrustRis ris = trusts.get(ods);
        if (ris == null) {
            reply(response, 404, "No simulated RIS for trust '" + ods + "'; known: " + trusts.keySet());
        }
        return ris;
    }

    private static void reply(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(text);
    }
}
