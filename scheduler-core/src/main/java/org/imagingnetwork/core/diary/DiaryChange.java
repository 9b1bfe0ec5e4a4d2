package org.imagingnetwork.core.diary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.network.OdsCode;

/**
 * A change staff made to the diary, as it committed: which slots changed status, the session it was
 * about, the live appointments now sitting in blocked time (to be re-booked), why, by whom and when.
 * Its audit rows are written from this, inside the change's transaction.
 */
public record DiaryChange(
        Kind kind,
        String room,
        OdsCode site,
        Optional<SessionId> session,
        List<SlotId> slots,
        List<AppointmentId> toRebook,
        String reason,
        String actor,
        Instant at) {

    public enum Kind {
        SLOT_BLOCKED,
        SESSION_BLOCKED,
        SLOT_RELEASED,
        SESSION_RELEASED,
        SESSION_ADDED;

        /** The action an audit row records for this change. */
        public String auditAction() {
            return "DIARY_" + name();
        }
    }

    public DiaryChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(session, "session");
        slots = List.copyOf(slots);
        toRebook = List.copyOf(toRebook);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    /** The change in words for an audit row: what, where and why, never patient data. */
    public String describe() {
        String about = session.map(s -> "session " + s).orElse("slot " + slots.get(0));
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + about + " in room " + room
                + " (" + slots.size() + " slots, " + toRebook.size() + " to re-book): " + reason;
    }
}
