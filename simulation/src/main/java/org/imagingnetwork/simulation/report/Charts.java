package org.imagingnetwork.simulation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Line charts of a weekly measure, one line per policy (the mean over the seeds), as PNG. */
public final class Charts {

    private Charts() {}

    public static void write(
            Path file, String title, String axis, List<WeekFigures> weeks, ToDoubleFunction<WeekFigures> measure) {
        XYSeriesCollection lines = new XYSeriesCollection();
        Summary.byPolicyAndWeek(weeks).forEach((policy, byWeek) -> {
            XYSeries line = new XYSeries(policy);
            byWeek.forEach((week, ofSeeds) -> line.add(
                    (double) week,
                    ofSeeds.stream().mapToDouble(measure).average().orElse(Double.NaN)));
            lines.addSeries(line);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, "week", axis, lines, PlotOrientation.VERTICAL, true, false, false);
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 500);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
