package org.imagingnetwork.console.diary;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Scope;
import org.imagingnetwork.core.availability.StaffingCheck;
import org.imagingnetwork.core.availability.UnderstaffedSession;
import org.imagingnetwork.core.diary.StaffNeed;
import org.imagingnetwork.core.network.OdsCode;
import org.jdbi.v3.core.Jdbi;

/**
 * Builds the diary grid of a selection: its rooms, their sessions placed by day, and a mark on each
 * released session that an absence leaves below its minimum staffing (core's {@link StaffingCheck}).
 */
@Singleton
final class DiaryGrids {

    private final DiaryGridQueries queries;
    private final StaffingCheck staffing;

    DiaryGrids(Jdbi jdbi, StaffingCheck staffing) {
        this.queries = new DiaryGridQueries(jdbi);
        this.staffing = staffing;
    }

    DiaryGrid grid(Scope scope, GridSelection selection) {
        List<DiaryGridQueries.RoomRow> rooms = queries.rooms(scope, selection);
        if (rooms.isEmpty()) {
            return new DiaryGrid(selection.days(), List.of(), new DiaryGrid.Totals(0, 0, 0, 0, 0, 0));
        }
        Set<OdsCode> sites = rooms.stream().map(r -> new OdsCode(r.site())).collect(Collectors.toSet());
        Map<Long, List<String>> shortOf = new HashMap<>();
        for (UnderstaffedSession s : staffing.sessionsLosingStaffing(sites, selection.first(), selection.last())) {
            shortOf.put(
                    s.session().value(),
                    s.unmet().stream().map(DiaryGrids::place).toList());
        }
        List<LocalDate> days = selection.days();
        Map<String, List<List<SessionCell>>> byRoom = new HashMap<>();
        rooms.forEach(r -> {
            List<List<SessionCell>> perDay = new ArrayList<>();
            days.forEach(d -> perDay.add(new ArrayList<>()));
            byRoom.put(r.id(), perDay);
        });
        int sessions = 0, booked = 0, free = 0, blocked = 0, toRebook = 0, understaffed = 0;
        for (SessionCell found : queries.sessions(scope, selection)) {
            SessionCell cell = found.withShortOf(shortOf.getOrDefault(found.id(), List.of()));
            List<List<SessionCell>> perDay = byRoom.get(cell.roomId());
            int day = days.indexOf(cell.day());
            if (perDay == null || day < 0) {
                continue;
            }
            perDay.get(day).add(cell);
            sessions++;
            booked += cell.booked();
            free += cell.free();
            blocked += cell.blocked();
            toRebook += cell.toRebook();
            understaffed += cell.understaffed() ? 1 : 0;
        }
        return new DiaryGrid(
                days,
                rooms.stream()
                        .map(r -> new GridRoom(r.id(), r.name(), r.modality(), r.siteName(), byRoom.get(r.id())))
                        .toList(),
                new DiaryGrid.Totals(sessions, booked, free, blocked, toRebook, understaffed));
    }

    /** A place in a team in words: "radiographer (CT, contrast cannulation)". */
    static String place(StaffNeed need) {
        String role = need.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (need.skills().isEmpty()) {
            return role;
        }
        return role + " ("
                + need.skills().stream()
                        .map(s -> s.name().replace('_', ' '))
                        .sorted()
                        .collect(Collectors.joining(", "))
                + ")";
    }
}
