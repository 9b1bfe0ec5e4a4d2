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
import org.hl7.fhir.r4.model.Task;

/** Tasks a trust RIS is sent: referrals rejected at vetting. */
public final class TaskProvider implements IResourceProvider {

    private final HeldResources held;
    private final RisStore store;

    TaskProvider(RisStore store) {
        this.store = store;
        this.held = new HeldResources(store);
    }

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Task task, @ConditionalUrlParam String conditionalUrl) {
        return held.create(task, conditionalUrl);
    }

    @Update
    public MethodOutcome update(
            @ResourceParam Task task,
            @IdParam IdType id,
            @ConditionalUrlParam String conditionalUrl,
            RequestDetails request) {
        return held.update(task, id, conditionalUrl, request);
    }

    @Read
    public Task read(@IdParam IdType id) {
        return (Task) store.read("Task", id.getIdPart());
    }

    @Search
    public List<Resource> search(
            @OptionalParam(name = Task.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Task.SP_STATUS) TokenParam status,
            RequestDetails request) {
        return held.search("Task", identifier, status, request);
    }
}
