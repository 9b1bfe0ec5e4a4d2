package org.imagingnetwork.core.diary;

import java.util.Objects;
import org.imagingnetwork.core.audit.StaffActor;

/** Take a whole session out of use (the radiographer is off sick, the scanner is down), with the reason. */
public record BlockSession(SessionId session, String reason, StaffActor by) {
    public BlockSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(by, "by");
    }
}
