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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;

/** Slots as a trust RIS holds them. */
public final class SlotProvider implements IResourceProvider {

    private final HeldResources held;
    private final RisStore store;

    SlotProvider(RisStore store) {
        this.store = store;
        this.held = new HeldResources(store);
    }

    @Override
    public Class<Slot> getResourceType() {
        return Slot.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Slot slot, @ConditionalUrlParam String conditionalUrl) {
        return held.create(slot, conditionalUrl);
    }

    @Update
    public MethodOutcome update(
            @ResourceParam Slot slot,
            @IdParam IdType id,
            @ConditionalUrlParam String conditionalUrl,
            RequestDetails request) {
        return held.update(slot, id, conditionalUrl, request);
    }

    @Read
    public Slot read(@IdParam IdType id) {
        return (Slot) store.read("Slot", id.getIdPart());
    }

    @Search
    public List<Resource> search(
            @OptionalParam(name = Slot.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Slot.SP_STATUS) TokenParam status,
            RequestDetails request) {
        return held.search("Slot", identifier, status, request);
    }
}
