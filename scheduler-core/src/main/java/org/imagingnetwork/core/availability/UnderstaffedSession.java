package org.imagingnetwork.core.availability;

import java.time.LocalDate;
import java.util.List;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.StaffNeed;
import org.imagingnetwork.core.network.Staff;

/** A released session that someone's absence leaves short: the places nobody left can fill, and who is away. */
public record UnderstaffedSession(
        SessionId session, String roomId, LocalDate day, String sessionType, List<StaffNeed> unmet, List<Staff> away) {

    public UnderstaffedSession {
        unmet = List.copyOf(unmet);
        away = List.copyOf(away);
    }
}
