package org.imagingnetwork.portal.booking;

import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;

/** A slot id from a form field, or nothing when the field is missing or not a number. */
final class SlotIds {
    private SlotIds() {}

    static Optional<SlotId> parse(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new SlotId(Long.parseLong(value)));
    }
}
