package org.imagingnetwork.console.figures;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagingnetwork.console.figures.FigureTable.Cell;
import org.imagingnetwork.core.validation.FieldError;

/** A figure's table as CSV (RFC 4180): the columns' keys, then the plain values of each row. */
final class FigureCsv {

    private FigureCsv() {}

    static String of(FigureTable table) {
        return Stream.concat(
                        Stream.of(table.columns().stream()
                                .map(FigureTable.Column::key)
                                .collect(Collectors.joining(","))),
                        table.rows().stream().map(FigureCsv::line))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String errors(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String line(List<Cell> row) {
        return row.stream().map(c -> field(c.value())).collect(Collectors.joining(","));
    }

    /** Quotes a field that needs it, and defuses a leading formula character for spreadsheets. */
    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? '"' + safe.replace("\"", "\"\"") + '"'
                : safe;
    }
}
