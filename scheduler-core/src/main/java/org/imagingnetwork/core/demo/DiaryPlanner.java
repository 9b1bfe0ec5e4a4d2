package org.imagingnetwork.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotCutter;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.diary.SlotWindow;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Staff;

/**
 * Lays the weekly templates over the diary's weeks from the start date: a session for each list
 * (none on bank holidays), staffed from the rota, and cut into slots. About one list in seventy is
 * blocked, as scanners break and staff fall ill; its slots are blocked too.
 */
final class DiaryPlanner {

    private static final double BLOCKED = 0.015;

    private DiaryPlanner() {}

    static Diary plan(
            int weeks,
            LocalDate start,
            List<SiteSeed> sites,
            List<WeeklyTemplate> templates,
            List<Staff> staff,
            Dice dice) {
        Map<String, List<WeeklyTemplate>> templatesBySite = new LinkedHashMap<>();
        for (WeeklyTemplate template : templates) {
            templatesBySite
                    .computeIfAbsent(template.room().site().value(), s -> new ArrayList<>())
                    .add(template);
        }
        Map<String, List<Staff>> staffBySite = new LinkedHashMap<>();
        for (Staff person : staff) {
            for (OdsCode home : person.homeSites().stream()
                    .sorted(Comparator.comparing(OdsCode::value))
                    .toList()) {
                staffBySite
                        .computeIfAbsent(home.value(), s -> new ArrayList<>())
                        .add(person);
            }
        }
        List<Session> sessions = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        Rota rota = new Rota();
        for (int day = 0; day < weeks * 7; day++) {
            LocalDate date = start.plusDays(day);
            if (day % 7 == 0) {
                rota.startWeek();
            }
            rota.startDay();
            if (BankHolidays.isBankHoliday(date)) {
                continue;
            }
            for (SiteSeed site : sites) {
                for (Placed list : listsOn(date, templatesBySite.getOrDefault(site.odsCode(), List.of()))) {
                    SlotWindow window = SlotCutter.session(
                            date, list.cell.span().from(), list.cell.span().to());
                    SessionStatus status = dice.chance(BLOCKED) ? SessionStatus.BLOCKED : SessionStatus.RELEASED;
                    List<String> team = List.of();
                    if (status == SessionStatus.RELEASED) {
                        Optional<List<String>> covered = rota.cover(
                                list.cell.plan().team(), window, staffBySite.getOrDefault(site.odsCode(), List.of()));
                        team = covered.orElse(List.of());
                        status = covered.isPresent() ? SessionStatus.RELEASED : SessionStatus.DRAFT;
                    }
                    SessionId id = new SessionId(sessions.size() + 1L);
                    sessions.add(new Session(
                            id,
                            list.template.room().id(),
                            date,
                            window.startsAt(),
                            window.endsAt(),
                            list.cell.plan().type().code(),
                            new LinkedHashSet<>(list.cell.plan().allowedExams()),
                            new LinkedHashSet<>(team),
                            status));
                    SlotStatus slotStatus = status == SessionStatus.BLOCKED ? SlotStatus.BLOCKED : SlotStatus.FREE;
                    for (SlotWindow piece :
                            SlotCutter.cut(window, list.cell.plan().type().slotLength())) {
                        slots.add(new Slot(
                                new SlotId(slots.size() + 1L),
                                id,
                                list.template.room().id(),
                                piece.startsAt(),
                                piece.endsAt(),
                                slotStatus));
                    }
                }
            }
        }
        return new Diary(sessions, slots);
    }

    /** The site's lists on a date, by part of the day and then room, the order a rota is filled in. */
    private static List<Placed> listsOn(LocalDate date, List<WeeklyTemplate> templates) {
        List<Placed> lists = new ArrayList<>();
        for (WeeklyTemplate template : templates) {
            for (WeeklyTemplate.Cell cell : template.cells()) {
                if (cell.day() == date.getDayOfWeek()) {
                    lists.add(new Placed(template, cell));
                }
            }
        }
        lists.sort(Comparator.comparing((Placed p) -> p.cell.period())
                .thenComparing(p -> p.template.room().id()));
        return lists;
    }

    private record Placed(WeeklyTemplate template, WeeklyTemplate.Cell cell) {}
}
