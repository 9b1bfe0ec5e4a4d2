package org.imagingnetwork.core.booking;

import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;

/**
 * Who is making a booking change. A patient may only change their own requests; the booking
 * service checks that itself, so no web layer can forget to.
 */
public record Actor(Kind kind, String name, Optional<PatientId> patient) {

    /** How a channel's name starts on the rows it writes ({@code booked_by}, the request's events). */
    public static final String CHANNEL_PREFIX = "channel:";

    public enum Kind {
        PATIENT,
        STAFF,
        /** The platform itself: the offer engine, the RIS feed. */
        SYSTEM
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if ((kind == Kind.PATIENT) != patient.isPresent()) {
            throw new IllegalArgumentException("a patient actor, and only one, names the patient");
        }
    }

    public static Actor patient(PatientId id) {
        return new Actor(Kind.PATIENT, "patient:" + id, Optional.of(id));
    }

    /**
     * A booking channel (the NHS App, say) acting for the patient it names: the patient's rights, and
     * the channel's name on what it books and changes, so the channel can find those again.
     */
    public static Actor channel(String channel, PatientId patient) {
        return new Actor(Kind.PATIENT, CHANNEL_PREFIX + channel, Optional.of(patient));
    }

    public static Actor staff(String username) {
        return new Actor(Kind.STAFF, "staff:" + username, Optional.empty());
    }

    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, "system:" + component, Optional.empty());
    }

    /** Whether this actor may act on a request belonging to this patient. */
    public boolean mayActFor(PatientId owner) {
        return kind != Kind.PATIENT || patient.get().equals(owner);
    }
}
