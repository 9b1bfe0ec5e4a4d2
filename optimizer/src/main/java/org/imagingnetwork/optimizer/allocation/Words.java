package org.imagingnetwork.optimizer.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagingnetwork.core.time.London;

/** Dates and priorities as staff read them in an explanation. */
final class Words {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private Words() {}

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String moment(Instant moment) {
        return MOMENT.format(London.atLondon(moment));
    }

    static String priority(Placement placement) {
        return switch (placement.request().priority()) {
            case URGENT -> "urgent";
            case TWO_WEEK_WAIT -> "two-week-wait";
            case ROUTINE -> "routine";
            case PLANNED -> "planned";
        };
    }
}
