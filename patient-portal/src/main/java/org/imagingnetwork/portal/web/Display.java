package org.imagingnetwork.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagingnetwork.core.time.London;

/** Dates and times as patients read them, in London time and in their language: "Tuesday 3 March 2026", "9:30am", "9:30yb". */
public final class Display {

    private Display() {}

    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(day);
    }

    public static String shortDay(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(day);
    }

    /**
     * NHS style, "9:30am" and "2pm"; in Welsh the morning and afternoon follow the language, "9:30yb"
     * (y bore) and "2yh" (yr hwyr), the abbreviations the Unicode CLDR gives Welsh.
     */
    public static String time(Instant moment, Locale locale) {
        var local = London.atLondon(moment).toLocalTime();
        int hour12 = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
        boolean welsh = "cy".equals(locale.getLanguage());
        boolean morning = local.getHour() < 12;
        String suffix = welsh ? (morning ? "yb" : "yh") : (morning ? "am" : "pm");
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
