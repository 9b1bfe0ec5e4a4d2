package org.imagingnetwork.console.optimisation;

import java.util.List;
import java.util.Locale;

/**
 * What the compare page shows: a sentence on what "before" is for this kind of run, and its tables,
 * each drawn as a bar chart of its charted columns beside the table with the same numbers.
 */
record Comparison(String before, List<Table> tables) {

    /**
     * One table: its element id, heading, notes on what it counts, the header of its row names, its
     * numeric columns and its rows; {@code empty} is said instead when it has no rows.
     */
    record Table(
            String id,
            String heading,
            List<String> notes,
            String rowHeader,
            List<Column> columns,
            List<Row> rows,
            String empty) {

        public String chartLabel() {
            return "Bar chart of " + heading.toLowerCase(Locale.UK) + "; the table below has the same numbers";
        }
    }

    /** A numeric column; the chart draws the charted ones. */
    record Column(String name, boolean charted) {}

    /** One row: its name and a value for each column ("" where there is none). */
    record Row(String name, List<String> values) {}
}
