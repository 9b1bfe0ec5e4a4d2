package org.imagingnetwork.console.figures;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.stream.Collectors;
import org.imagingnetwork.console.figures.FigureTable.Cell;

/**
 * What the page's chart script draws, read from the figure's own table so the chart can only show
 * the numbers the table shows. It travels in the page as JSON in a data attribute (no inline script).
 */
@Serdeable
record ChartData(String kind, List<String> categories, List<Series> series, boolean percent, Double standard) {

    @Serdeable
    record Series(String name, List<Double> data) {}

    static ChartData of(FigureTable table) {
        FigureTable.ChartSpec spec = table.chart();
        List<List<Cell>> rows = spec.rows() == 0
                ? table.rows()
                : table.rows().subList(0, Math.min(spec.rows(), table.rows().size()));
        List<String> categories = rows.stream()
                .map(row -> spec.categoryColumns().stream()
                        .map(c -> row.get(c).text())
                        .collect(Collectors.joining(", ")))
                .toList();
        List<Series> series = spec.seriesColumns().stream()
                .map(c -> new Series(
                        table.columns().get(c).heading(),
                        rows.stream().map(row -> number(row.get(c))).toList()))
                .toList();
        return new ChartData(spec.kind().name().toLowerCase(), categories, series, spec.percent(), spec.standard());
    }

    /** The exported value as a number; null (a gap in the chart) where there is none. */
    private static Double number(Cell cell) {
        return cell.value().isEmpty() ? null : Double.valueOf(cell.value());
    }
}
