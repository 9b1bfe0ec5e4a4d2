package org.imagingnetwork.core.redis;

import java.util.Optional;
import org.imagingnetwork.core.booking.SlotChange;
import org.imagingnetwork.core.diary.SlotId;

/** The slot-changed channel and its messages: "BOOKED 123 ROOM-ID", "FREED 123 ROOM-ID" or "BLOCKED 123 ROOM-ID". */
final class SlotChangeMessages {

    private SlotChangeMessages() {}

    static String channel(RedisSettings settings) {
        return settings.keyPrefix() + "slot-changed";
    }

    static String format(SlotChange change) {
        return change.kind() + " " + change.slot().value() + " " + change.room();
    }

    /** The change a message announces; empty for anything else (a newer format, a stray publish). */
    static Optional<SlotChange> parse(String message) {
        String[] parts = message.split(" ", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new SlotChange(SlotChange.Kind.valueOf(parts[0]), new SlotId(Long.parseLong(parts[1])), parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
