package org.imagingnetwork.console.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagingnetwork.core.time.London;

/**
 * Codes, dates and times as staff read them, in one place so every page says the same: London
 * time, "Tue 8 Dec 2026", "09:30". Every page's model has it as {@code show}.
 */
public final class Show {

    public static final Show INSTANCE = new Show();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Show() {}

    public String priority(String code) {
        return switch (code) {
            case "URGENT" -> "Urgent";
            case "TWO_WEEK_WAIT" -> "Two-week wait";
            case "ROUTINE" -> "Routine";
            case "PLANNED" -> "Planned";
            default -> code;
        };
    }

    public String state(String code) {
        return switch (code) {
            case "RECEIVED" -> "Received (to vet)";
            case "VETTED" -> "Vetted";
            case "REJECTED" -> "Rejected";
            case "WAITING" -> "Waiting (appointable)";
            case "APPOINTED" -> "Appointed";
            case "ATTENDED" -> "Attended";
            case "DID_NOT_ATTEND" -> "Did not attend";
            case "CANCELLED" -> "Cancelled";
            case "ACQUIRED" -> "Images acquired";
            case "REPORTED" -> "Reported";
            case "AMENDED" -> "Report amended";
            default -> code;
        };
    }

    public String day(LocalDate day) {
        return DAY.format(day);
    }

    public String time(Instant moment) {
        return TIME.format(London.atLondon(moment));
    }

    public String moment(Instant moment) {
        return day(London.clinicDay(moment)) + " " + time(moment);
    }

    public String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
