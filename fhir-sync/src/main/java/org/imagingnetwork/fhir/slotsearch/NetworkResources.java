package org.imagingnetwork.fhir.slotsearch;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.fhir.mapping.FhirSystems;
import org.imagingnetwork.fhir.mapping.FhirTimes;
import org.imagingnetwork.fhir.mapping.UkCoreProfiles;

/**
 * The network's diary as other channels read it: a Location per site, a Schedule per room, a Slot
 * per free slot, with our ids as resource ids so an Appointment can name {@code Slot/<id>}.
 */
final class NetworkResources {

    private NetworkResources() {}

    static Slot slot(FreeSlot free) {
        Slot slot = new Slot();
        slot.setId("Slot/" + free.id());
        slot.getMeta().addProfile(UkCoreProfiles.SLOT);
        slot.addIdentifier(new Identifier().setSystem(FhirSystems.SLOT).setValue(Long.toString(free.id())));
        slot.setSchedule(new Reference("Schedule/" + free.roomId()));
        for (String exam : free.exams()) {
            slot.addServiceType(new CodeableConcept(new Coding(FhirSystems.EXAM, exam, null)));
        }
        slot.setStatus(Slot.SlotStatus.FREE);
        slot.setStartElement(FhirTimes.instant(free.start()));
        slot.setEndElement(FhirTimes.instant(free.end()));
        return slot;
    }

    static Schedule schedule(SlotSearchRepository.RoomDiary room) {
        Schedule schedule = new Schedule();
        schedule.setId("Schedule/" + room.id());
        schedule.getMeta().addProfile(UkCoreProfiles.SCHEDULE);
        schedule.addIdentifier(new Identifier().setSystem(FhirSystems.ROOM).setValue(room.id()));
        schedule.setActive(true);
        schedule.addActor(new Reference("Location/" + room.site()));
        schedule.setComment(room.name() + " (" + room.modality() + ")");
        return schedule;
    }

    static Location location(SlotSearchRepository.Place place) {
        Location location = new Location();
        location.setId("Location/" + place.odsCode());
        location.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Location");
        location.addIdentifier(new Identifier().setSystem(FhirSystems.ODS_SITE).setValue(place.odsCode()));
        location.setStatus(Location.LocationStatus.ACTIVE);
        location.setName(place.name());
        location.setDescription(
                place.kind().equals("CDC")
                        ? "Community Diagnostic Centre"
                        : place.kind().toLowerCase().replace('_', ' '));
        location.getAddress().setPostalCode(place.postcode());
        location.getPosition().setLatitude(place.latitude()).setLongitude(place.longitude());
        location.setManagingOrganization(new Reference()
                .setType("Organization")
                .setIdentifier(
                        new Identifier().setSystem(FhirSystems.ODS_ORGANISATION).setValue(place.trust())));
        return location;
    }
}
