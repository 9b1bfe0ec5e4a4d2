package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Schedule;

/** A Schedule per room of the network: {@code GET [base]/Schedule?actor=Location/<site>} or by id. */
public final class ScheduleProvider implements IResourceProvider {

    private final SlotSearchRepository repository;

    ScheduleProvider(SlotSearchRepository repository) {
        this.repository = repository;
    }

    @Override
    public Class<Schedule> getResourceType() {
        return Schedule.class;
    }

    @Read
    public Schedule read(@IdParam IdType id) {
        return repository.rooms(Optional.of(id.getIdPart()), Optional.empty()).stream()
                .findFirst()
                .map(NetworkResources::schedule)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public List<Schedule> search(@OptionalParam(name = Schedule.SP_ACTOR) ReferenceParam actor) {
        return repository.rooms(Optional.empty(), Optional.ofNullable(actor).map(ReferenceParam::getIdPart)).stream()
                .map(NetworkResources::schedule)
                .toList();
    }
}
