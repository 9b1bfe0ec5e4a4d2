package org.imagingnetwork.fhir.mapping;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Slot;

/** A slot of the network diary as a FHIR R4 {@code Slot} in the owning trust's RIS. */
public final class SlotMapper {

    private SlotMapper() {}

    public static Slot toFhir(SlotSnapshot snapshot) {
        Slot slot = new Slot();
        slot.getMeta().addProfile(UkCoreProfiles.SLOT);
        SyncSequence.stamp(slot, snapshot.sequence());
        slot.addIdentifier(identifier(snapshot));
        // The room's diary is the Schedule; the RIS knows its rooms by our room id within the site.
        slot.setSchedule(AppointmentMapper.logical("Schedule", FhirSystems.ROOM, snapshot.roomId())
                .setDisplay(snapshot.roomName() + ", " + snapshot.site().value()));
        slot.setStatus(FhirStatuses.of(snapshot.status()));
        slot.setStartElement(FhirTimes.instant(snapshot.start()));
        slot.setEndElement(FhirTimes.instant(snapshot.end()));
        return slot;
    }

    public static Identifier identifier(SlotSnapshot snapshot) {
        return new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(FhirSystems.SLOT)
                .setValue(snapshot.id().toString());
    }
}
