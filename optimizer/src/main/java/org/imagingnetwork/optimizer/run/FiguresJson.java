package org.imagingnetwork.optimizer.run;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingnetwork.optimizer.allocation.PlanFigures;

/** Writes key figures as the JSON stored with a run; the store reads them back with PostgreSQL's JSON functions. */
final class FiguresJson {
    private FiguresJson() {}

    static String write(PlanFigures figures) {
        String sites = figures.meanWaitBySite().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> quote(entry.getKey()) + ":" + number(entry.getValue()))
                .collect(Collectors.joining(","));
        return "{" + "\"hardViolations\":" + figures.hardViolations()
                + ",\"placed\":" + figures.placed()
                + ",\"proposals\":" + figures.proposals()
                + ",\"unplaced\":" + figures.unplaced()
                + ",\"sixWeekBreaches\":" + figures.sixWeekBreaches()
                + ",\"urgentLate\":" + figures.urgentLate()
                + ",\"waitSpreadMaxMinDays\":" + number(figures.waitSpreadMaxMinDays())
                + ",\"waitSpreadStdDevDays\":" + number(figures.waitSpreadStdDevDays())
                + ",\"utilisation\":" + number(figures.utilisation())
                + ",\"meanTravelKm\":" + number(figures.meanTravelKm())
                + ",\"meanWaitBySite\":{" + sites + "}}";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
