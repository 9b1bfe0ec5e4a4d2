package org.imagingnetwork.core.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Days a member of staff is away, from {@code firstDay} to {@code lastDay} inclusive (Europe/London
 * clinic days), with who recorded it and the version a withdrawal must name.
 */
public record Absence(
        AbsenceId id,
        String staffId,
        LocalDate firstDay,
        LocalDate lastDay,
        AbsenceKind kind,
        String note,
        String createdBy,
        Instant createdAt,
        int version) {

    public Absence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(kind, "kind");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("an absence cannot end before it starts");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
