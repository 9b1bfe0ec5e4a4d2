package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;

/** Every site of the network as a Location, with the postcode and position a patient chooses by. */
public final class LocationProvider implements IResourceProvider {

    private final SlotSearchRepository repository;

    LocationProvider(SlotSearchRepository repository) {
        this.repository = repository;
    }

    @Override
    public Class<Location> getResourceType() {
        return Location.class;
    }

    @Read
    public Location read(@IdParam IdType id) {
        return repository.sites(Optional.of(id.getIdPart())).stream()
                .findFirst()
                .map(NetworkResources::location)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public List<Location> search() {
        return repository.sites(Optional.empty()).stream()
                .map(NetworkResources::location)
                .toList();
    }
}
