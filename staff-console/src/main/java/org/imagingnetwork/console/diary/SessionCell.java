package org.imagingnetwork.console.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * One session as the grid shows it: when it runs, its list and status, who staffs it, how its slots
 * stand (booked, free, blocked, and how many blocked ones still hold a patient to re-book), and its
 * utilisation — booked slot minutes over bookable (not blocked) slot minutes, as the BI figures
 * count it; none when nothing is bookable.
 *
 * @param shortOf the places nobody left can fill, when an absence leaves the session below its minimum staffing
 */
public record SessionCell(
        long id,
        String roomId,
        LocalDate day,
        Instant startsAt,
        Instant endsAt,
        String sessionType,
        String typeName,
        String status,
        List<String> staff,
        int free,
        int booked,
        int blocked,
        int toRebook,
        OptionalInt utilisation,
        List<String> shortOf) {

    public SessionCell {
        staff = List.copyOf(staff);
        shortOf = List.copyOf(shortOf);
    }

    public boolean understaffed() {
        return !shortOf.isEmpty();
    }

    SessionCell withShortOf(List<String> places) {
        return new SessionCell(
                id,
                roomId,
                day,
                startsAt,
                endsAt,
                sessionType,
                typeName,
                status,
                staff,
                free,
                booked,
                blocked,
                toRebook,
                utilisation,
                places);
    }

    /** The CSS class of the cell's status tag; in Java, as Thymeleaf reads "__" in an expression as its own syntax. */
    public String statusTag() {
        return switch (status) {
            case "BLOCKED" -> "nhsuk-tag nhsuk-tag--red";
            case "DRAFT" -> "nhsuk-tag nhsuk-tag--grey";
            default -> "nhsuk-tag nhsuk-tag--green";
        };
    }

    public String statusLabel() {
        return switch (status) {
            case "BLOCKED" -> "Blocked";
            case "DRAFT" -> "Draft";
            default -> "Open";
        };
    }
}
