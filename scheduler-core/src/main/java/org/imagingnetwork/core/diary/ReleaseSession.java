package org.imagingnetwork.core.diary;

import java.util.Objects;
import org.imagingnetwork.core.audit.StaffActor;

/** Put a blocked session back in use, saying why. Slots blocked on their own stay blocked. */
public record ReleaseSession(SessionId session, String reason, StaffActor by) {
    public ReleaseSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(by, "by");
    }
}
