package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.model.api.Include;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.fhir.mapping.FhirSystems;

/**
 * GP Connect's includes of a free-slot search, so one bundle carries what a patient is shown:
 * {@code _include=Slot:schedule} (the room's Schedule), {@code _include:recurse=Schedule:actor:Location}
 * (its site) and {@code _include:recurse=Location:managingOrganization} (the site's trust). Each level
 * follows the one before it, as FHIR's includes do. The included resources hang on the references,
 * and the server adds each once to the bundle as an {@code include} entry.
 */
final class SlotIncludes {

    private static final Set<String> SCHEDULE = Set.of("Slot:schedule");
    private static final Set<String> LOCATION = Set.of("Schedule:actor", "Schedule:actor:Location");
    private static final Set<String> ORGANIZATION =
            Set.of("Location:managingOrganization", "Location:organization", "Location:organization:Organization");

    private final boolean schedules;
    private final boolean locations;
    private final boolean organizations;

    private SlotIncludes(boolean schedules, boolean locations, boolean organizations) {
        this.schedules = schedules;
        this.locations = schedules && locations;
        this.organizations = this.locations && organizations;
    }

    /** What a search asked to include; anything this server cannot include is refused, naming {@code _include}. */
    static SlotIncludes of(Set<Include> includes) {
        Set<String> values = includes == null
                ? Set.of()
                : includes.stream().map(Include::getValue).collect(Collectors.toSet());
        for (String value : values) {
            if (!SCHEDULE.contains(value) && !LOCATION.contains(value) && !ORGANIZATION.contains(value)) {
                throw ChannelRefusals.invalid(
                        "_include",
                        "Slots can include Slot:schedule, then Schedule:actor:Location, then"
                                + " Location:managingOrganization; not " + value);
            }
        }
        return new SlotIncludes(
                values.stream().anyMatch(SCHEDULE::contains),
                values.stream().anyMatch(LOCATION::contains),
                values.stream().anyMatch(ORGANIZATION::contains));
    }

    /** Hangs the asked-for Schedules, Locations and Organizations on the slots' references. */
    void attach(List<Slot> slots, Map<String, String> roomOfSlot, SlotSearchRepository repository) {
        if (!schedules || slots.isEmpty()) {
            return;
        }
        Map<String, SlotSearchRepository.RoomDiary> rooms =
                byKey(repository.rooms(Set.copyOf(roomOfSlot.values())), SlotSearchRepository.RoomDiary::id);
        Map<String, Schedule> schedulesByRoom = rooms.values().stream()
                .collect(Collectors.toMap(SlotSearchRepository.RoomDiary::id, NetworkResources::schedule));
        for (Slot slot : slots) {
            slot.getSchedule()
                    .setResource(schedulesByRoom.get(
                            roomOfSlot.get(slot.getIdElement().getIdPart())));
        }
        if (!locations) {
            return;
        }
        Map<String, Location> sites = repository.sites(java.util.Optional.empty()).stream()
                .filter(place ->
                        rooms.values().stream().anyMatch(room -> room.site().equals(place.odsCode())))
                .collect(Collectors.toMap(SlotSearchRepository.Place::odsCode, NetworkResources::location));
        for (SlotSearchRepository.RoomDiary room : rooms.values()) {
            schedulesByRoom.get(room.id()).getActorFirstRep().setResource(sites.get(room.site()));
        }
        if (organizations) {
            attachTrusts(sites.values(), repository);
        }
    }

    private static void attachTrusts(Collection<Location> sites, SlotSearchRepository repository) {
        Set<String> codes = sites.stream()
                .map(site -> site.getManagingOrganization().getIdentifier().getValue())
                .collect(Collectors.toSet());
        Map<String, String> names = repository.trustNames(codes);
        Map<String, Organization> trusts = codes.stream().collect(Collectors.toMap(Function.identity(), code -> {
            Organization trust = new Organization();
            trust.setId("Organization/" + code);
            trust.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization");
            trust.addIdentifier(
                    new Identifier().setSystem(FhirSystems.ODS_ORGANISATION).setValue(code));
            trust.setActive(true);
            trust.setName(names.get(code));
            return trust;
        }));
        for (Location site : sites) {
            Organization trust =
                    trusts.get(site.getManagingOrganization().getIdentifier().getValue());
            site.getManagingOrganization()
                    .setReference("Organization/" + trust.getIdElement().getIdPart());
            site.getManagingOrganization().setResource(trust);
        }
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
