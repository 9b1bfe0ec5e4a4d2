package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.api.BundleInclusionRule;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.time.Clock;
import java.util.List;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.fhir.inbound.CapabilityDescription;
import org.imagingnetwork.fhir.inbound.JsonShape;
import org.imagingnetwork.fhir.inbound.MediaTypes;
import org.imagingnetwork.fhir.inbound.ParseErrors;
import org.imagingnetwork.fhir.security.BearerAuthentication;
import org.imagingnetwork.fhir.security.BearerTokens;
import org.jdbi.v3.core.Jdbi;

/**
 * The FHIR R4 server other booking channels call, in the manner of GP Connect Appointment
 * Management: search free slots, schedules and locations across the network, book a slot, and find,
 * cancel and move what the channel booked.
 */
public final class SlotSearchEndpoint {

    private SlotSearchEndpoint() {}

    public static RestfulServer server(BookingService bookings, Jdbi jdbi, BearerTokens<String> tokens, Clock clock) {
        FhirContext context = FhirContext.forR4();
        context.setParserErrorHandler(new StrictErrorHandler());
        SlotSearchRepository repository = new SlotSearchRepository(jdbi);
        ChannelAppointments appointments = new ChannelAppointments(jdbi);
        RestfulServer server = new RestfulServer(context);
        // The providers hang on a reference only what the search's _include asked for (SlotIncludes),
        // so whatever hangs there goes into the bundle. HAPI's own matching of _include values to
        // references cannot follow a typed include such as Schedule:actor:Location.
        server.setBundleInclusionRule(BundleInclusionRule.BASED_ON_RESOURCE_PRESENCE);
        server.setServerName("Imaging Network Scheduler: network slot search and booking");
        server.setResourceProviders(List.of(
                new SlotProvider(repository, clock),
                new ScheduleProvider(repository),
                new LocationProvider(repository),
                new BookingProvider(bookings, repository),
                new ChannelAppointmentProvider(bookings, appointments, context, clock),
                new ChannelPatientProvider(appointments)));
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.registerInterceptor(new BearerAuthentication(tokens, "channel"));
        server.registerInterceptor(new MediaTypes());
        server.registerInterceptor(new JsonShape(context));
        server.registerInterceptor(new ParseErrors());
        server.registerInterceptor(new CapabilityDescription(
                "Each booking channel sends Authorization: Bearer <its token>. Slot search returns free slots of"
                        + " released sessions; a booking is made for the patient of a request on the waiting list. A channel"
                        + " reads, cancels and moves only appointments of requests it booked, with If-Match."));
        return server;
    }
}
