package org.imagingnetwork.core.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Iterator;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one table with PostgreSQL's COPY, in its text format: fields separated by tabs,
 * backslash escapes, {@code \N} for null, arrays as {@code {"a","b"}} literals. Rows are buffered and
 * sent in megabyte chunks, so a million slots cost a few hundred round trips rather than a million.
 */
final class CopyWriter {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private boolean firstField = true;

    CopyWriter(CopyManager copyManager, String table, String columns) throws SQLException {
        this.copy = copyManager.copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    CopyWriter text(String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    CopyWriter number(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    CopyWriter number(double value) {
        separate();
        buffer.append(value);
        return this;
    }

    CopyWriter bool(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    CopyWriter moment(Instant value) {
        return text(value == null ? null : value.toString());
    }

    CopyWriter date(LocalDate value) {
        return text(value == null ? null : value.toString());
    }

    CopyWriter time(LocalTime value) {
        return text(value.toString());
    }

    /** A text[] value; callers pass the elements in a fixed order so that equal networks give equal rows. */
    CopyWriter array(Collection<String> elements) {
        StringBuilder literal = new StringBuilder("{");
        Iterator<String> each = elements.iterator();
        while (each.hasNext()) {
            literal.append('"')
                    .append(each.next().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
            if (each.hasNext()) {
                literal.append(',');
            }
        }
        return text(literal.append('}').toString());
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        firstField = true;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the rows the server took. */
    long finish() throws SQLException {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            abort();
            throw e;
        }
    }

    /** Abandons the COPY after a failure, so the connection can be rolled back and reused. */
    private void abort() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // The transaction is being rolled back anyway; the original failure is what matters.
        }
    }

    private void separate() {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                abort();
                throw e;
            }
        }
    }
}
