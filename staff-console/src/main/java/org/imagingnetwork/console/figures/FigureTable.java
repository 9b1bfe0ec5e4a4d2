package org.imagingnetwork.console.figures;

import java.util.List;

/**
 * One figure as the page and the CSV export show it: a table whose cells carry both the text a
 * manager reads and the plain value the export gives, how to draw it as a chart, and sentences that
 * sum it up.
 *
 * @param figure which figure this is, for its heading, its export and its chart's element id
 * @param columns the table's columns: a key (the CSV header) and a heading
 * @param rows the cells of each row, in column order
 * @param chart how the chart reads the table
 * @param notes sentences above the table, such as the share against the standard
 */
record FigureTable(Figure figure, List<Column> columns, List<List<Cell>> rows, ChartSpec chart, List<String> notes) {

    record Column(String key, String heading) {}

    /** A value as read ({@code text}) and as exported ({@code value}; empty when there is none). */
    record Cell(String text, String value) {}

    /**
     * A chart of the table: categories named by one or more columns (joined), a series from each
     * column in {@code seriesColumns}, over the first {@code rows} rows (all when 0); values are
     * fractions shown as percentages when {@code percent}, with a line at {@code standard} if set.
     */
    record ChartSpec(
            Kind kind,
            List<Integer> categoryColumns,
            List<Integer> seriesColumns,
            int rows,
            boolean percent,
            Double standard) {

        enum Kind {
            BAR,
            LINE,
            PIE
        }

        static ChartSpec of(Kind kind, int categoryColumn, Integer... seriesColumns) {
            return new ChartSpec(kind, List.of(categoryColumn), List.of(seriesColumns), 0, false, null);
        }

        /** Categories named by two columns, such as a site and a modality. */
        static ChartSpec of(Kind kind, List<Integer> categoryColumns, Integer... seriesColumns) {
            return new ChartSpec(kind, categoryColumns, List.of(seriesColumns), 0, false, null);
        }

        ChartSpec inPercent() {
            return new ChartSpec(kind, categoryColumns, seriesColumns, rows, true, standard);
        }

        ChartSpec against(double value) {
            return new ChartSpec(kind, categoryColumns, seriesColumns, rows, percent, value);
        }

        ChartSpec firstRows(int count) {
            return new ChartSpec(kind, categoryColumns, seriesColumns, count, percent, standard);
        }
    }

    FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
