package org.imagingnetwork.core.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/** Conversions at the JDBC edge: timestamptz to Instant, text[] to sets, nullable ints. */
final class Rows {
    private Rows() {}

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static Optional<LocalDate> optionalDate(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static <T> Set<T> set(ResultSet rs, String column, Function<String, T> convert) throws SQLException {
        Array array = rs.getArray(column);
        Set<T> values = new LinkedHashSet<>();
        if (array != null) {
            for (Object element : (Object[]) array.getArray()) {
                values.add(convert.apply((String) element));
            }
        }
        return values;
    }

    static <E extends Enum<E>> Set<E> enumSet(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        values.addAll(set(rs, column, name -> Enum.valueOf(type, name)));
        return values;
    }
}
