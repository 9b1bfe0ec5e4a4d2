package org.imagingnetwork.fhir.mapping;

import java.util.OptionalLong;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/**
 * Which outbox change a copy in a RIS reflects, carried in {@code meta.tag}. Writes compare it
 * before replacing a RIS copy, so a delayed or repeated write never puts an older state back.
 */
public final class SyncSequence {

    private SyncSequence() {}

    public static void stamp(Resource resource, long sequence) {
        resource.getMeta().getTag().removeIf(tag -> FhirSystems.SYNC_SEQUENCE.equals(tag.getSystem()));
        resource.getMeta().addTag(new Coding(FhirSystems.SYNC_SEQUENCE, Long.toString(sequence), null));
    }

    public static OptionalLong of(Resource resource) {
        return resource.getMeta().getTag().stream()
                .filter(tag -> FhirSystems.SYNC_SEQUENCE.equals(tag.getSystem()))
                .map(Coding::getCode)
                .filter(code -> code != null && code.matches("[0-9]{1,18}"))
                .mapToLong(Long::parseLong)
                .findFirst();
    }
}
