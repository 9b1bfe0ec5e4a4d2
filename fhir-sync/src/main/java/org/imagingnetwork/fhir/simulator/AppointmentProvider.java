package org.imagingnetwork.fhir.simulator;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/** Appointments as a trust RIS holds them. */
public final class AppointmentProvider implements IResourceProvider {

    private final HeldResources held;
    private final RisStore store;

    AppointmentProvider(RisStore store) {
        this.store = store;
        this.held = new HeldResources(store);
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Appointment appointment, @ConditionalUrlParam String conditionalUrl) {
        return held.create(appointment, conditionalUrl);
    }

    @Update
    public MethodOutcome update(
            @ResourceParam Appointment appointment,
            @IdParam IdType id,
            @ConditionalUrlParam String conditionalUrl,
            RequestDetails request) {
        return held.update(appointment, id, conditionalUrl, request);
    }

    @Read
    public Appointment read(@IdParam IdType id) {
        return (Appointment) store.read("Appointment", id.getIdPart());
    }

    @Search
    public List<Resource> search(
            @OptionalParam(name = Appointment.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Appointment.SP_STATUS) TokenParam status,
            RequestDetails request) {
        return held.search("Appointment", identifier, status, request);
    }
}
