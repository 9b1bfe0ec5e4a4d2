package org.imagingnetwork.core.demo;

import java.time.LocalDate;
import java.util.Set;

/**
 * Bank holidays in England, when outpatient lists do not run. Listed for the years the demo is likely
 * to start in; a diary generated beyond them runs every normal working day.
 */
final class BankHolidays {

    private static final Set<LocalDate> ENGLAND = Set.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 29),
            LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31),
            LocalDate.of(2027, 8, 30),
            LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28),
            LocalDate.of(2028, 1, 3),
            LocalDate.of(2028, 4, 14),
            LocalDate.of(2028, 4, 17),
            LocalDate.of(2028, 5, 1),
            LocalDate.of(2028, 5, 29),
            LocalDate.of(2028, 8, 28),
            LocalDate.of(2028, 12, 25),
            LocalDate.of(2028, 12, 26));

    private BankHolidays() {}

    static boolean isBankHoliday(LocalDate day) {
        return ENGLAND.contains(day);
    }
}
