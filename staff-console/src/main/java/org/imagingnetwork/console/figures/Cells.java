package org.imagingnetwork.console.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.imagingnetwork.console.figures.FigureTable.Cell;
import org.imagingnetwork.console.web.Show;

/** Cells as a manager reads them and as the export gives them: counts, percentages, days, labels. */
final class Cells {

    private static final String NONE = "None";

    private Cells() {}

    static Cell text(String text) {
        return new Cell(text, text);
    }

    /** A label read one way and exported as a code, such as a site's name and its ODS code. */
    static Cell labelled(String text, String code) {
        return new Cell(text, code);
    }

    static Cell day(LocalDate day) {
        return new Cell(Show.INSTANCE.day(day), day.toString());
    }

    static Cell count(long n) {
        return new Cell(Show.INSTANCE.count(n), String.valueOf(n));
    }

    /** A fraction, read as a percentage to one decimal place; exported as the fraction to four. */
    static Cell percent(OptionalDouble fraction) {
        return fraction.isPresent() ? percent(fraction.getAsDouble()) : new Cell(NONE, "");
    }

    static Cell percent(double fraction) {
        return new Cell(
                round(fraction * 100, 1).toPlainString() + "%",
                round(fraction, 4).toPlainString());
    }

    /** A number of days, hours or kilometres, to one decimal place; exported to two. */
    static Cell decimal(OptionalDouble value) {
        return value.isPresent()
                ? new Cell(
                        round(value.getAsDouble(), 1).toPlainString(),
                        round(value.getAsDouble(), 2).toPlainString())
                : new Cell(NONE, "");
    }

    static Cell yesNo(boolean yes) {
        return new Cell(yes ? "Yes" : "No", String.valueOf(yes));
    }

    private static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }
}
