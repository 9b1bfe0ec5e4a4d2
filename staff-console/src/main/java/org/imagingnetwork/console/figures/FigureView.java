package org.imagingnetwork.console.figures;

/** A figure as its page section shows it: the table, the chart's data as JSON, and its CSV link. */
record FigureView(FigureTable table, String chart, String export) {}
