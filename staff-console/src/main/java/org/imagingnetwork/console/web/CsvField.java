package org.imagingnetwork.console.web;

/** One field of a CSV export (RFC 4180), safe to open in a spreadsheet. */
public final class CsvField {

    private CsvField() {}

    /** Quotes a field that needs it, and defuses a leading formula character for spreadsheets. */
    public static String of(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? '"' + safe.replace("\"", "\"\"") + '"'
                : safe;
    }
}
