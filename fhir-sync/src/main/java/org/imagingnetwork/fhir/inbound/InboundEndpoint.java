package org.imagingnetwork.fhir.inbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.fhir.security.BearerAuthentication;
import org.imagingnetwork.fhir.security.BearerTokens;
import org.jdbi.v3.core.Jdbi;

/**
 * The FHIR R4 server trusts' RIS call: referrals in, appointment statuses, acquired images and
 * reports back. Its CapabilityStatement is generated from exactly these providers.
 */
public final class InboundEndpoint {

    static final long MAX_BODY_BYTES = 1_048_576;

    private InboundEndpoint() {}

    /** A HAPI server for the inbound feed; its parser refuses unknown elements rather than dropping them. */
    public static RestfulServer server(RequestService requests, Jdbi jdbi, BearerTokens<OdsCode> tokens, Clock clock) {
        FhirContext context = FhirContext.forR4();
        context.setParserErrorHandler(new StrictErrorHandler());
        RisFeedRepository repository = new RisFeedRepository(jdbi);
        RisReportProvider reports = new RisReportProvider(requests, repository, context);
        RestfulServer server = new RestfulServer(context);
        server.setServerName("Imaging Network Scheduler: trust RIS feed");
        server.setResourceProviders(List.of(
                new ServiceRequestProvider(requests, new InboundReferrals(jdbi), context, clock),
                new AppointmentStatusProvider(repository, context, clock),
                new ImagingStudyProvider(reports),
                new DiagnosticReportProvider(reports)));
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.registerInterceptor(new BearerAuthentication(tokens, "trust"));
        server.registerInterceptor(new MediaTypes());
        server.registerInterceptor(new JsonShape(context));
        server.registerInterceptor(new ParseErrors());
        server.registerInterceptor(new CapabilityDescription(
                "Each trust's RIS sends Authorization: Bearer <its token>; a trust reads and changes only its own"
                        + " requests and appointments. Unknown elements are refused, not ignored."));
        return server;
    }

    /** Mounts a server at {@code path} (such as {@code /fhir/ris}) with the body limit in front of it. */
    public static void mount(ServletContextHandler handler, String path, RestfulServer server) {
        String mapping = path + "/*";
        handler.addServlet(new ServletHolder(path, server), mapping);
        handler.addFilter(new FilterHolder(new BodyLimit(MAX_BODY_BYTES)), mapping, EnumSet.of(DispatcherType.REQUEST));
    }
}
