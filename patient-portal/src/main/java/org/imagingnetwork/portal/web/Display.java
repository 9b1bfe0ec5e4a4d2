package org.imagingnetwork.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagingnetwork.core.time.London;

/** Dates and times as patients read them, in London time and in their language: "Tuesday 3 March 2026", "9:30am". */
public final class Display {

    private Display() {}

    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(day);
    }

    public static String shortDay(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(day);
    }

    public static String time(Instant moment, Locale locale) {
        // NHS style: 9:30am, 2pm.
        var local = London.atLondon(moment).toLocalTime();
        int hour12 = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
        String suffix = local.getHour() < 12 ? "am" : "pm";
        return local.getMinute() == 0
                ? hour12 + suffix
                : hour12 + ":" + String.format("%02d", local.getMinute()) + suffix;
    }

    public static String dateTime(Instant moment, Locale locale) {
        return day(London.clinicDay(moment), locale) + ", " + time(moment, locale);
    }

    public static String distance(double km) {
        double miles = km / 1.609344;
        return miles < 10 ? String.format(Locale.UK, "%.1f", miles) : String.valueOf(Math.round(miles));
    }
}
