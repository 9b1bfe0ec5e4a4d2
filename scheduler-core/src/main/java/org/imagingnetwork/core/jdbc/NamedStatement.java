package org.imagingnetwork.core.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;

/**
 * SQL written with Jdbi's {@code :name} parameters, parsed once by Jdbi's own parser and then bound
 * by plain JDBC. For the booking path only: there Jdbi's per-statement work (a handle, an argument
 * factory looked up for every value) cost the client more CPU than PostgreSQL spent on the statement
 * (docs/benchmarks.md), while the rest of the code keeps Jdbi's convenience.
 */
final class NamedStatement {

    private final String sql;
    private final List<String> names;

    private NamedStatement(String sql, List<String> names) {
        this.sql = sql;
        this.names = names;
    }

    static NamedStatement of(String namedSql) {
        // The parser needs no statement context for plain colon-prefixed names.
        var parsed = new ColonPrefixSqlParser().parse(namedSql, null);
        return new NamedStatement(
                parsed.getSql(), List.copyOf(parsed.getParameters().getParameterNames()));
    }

    /** The statement with every parameter bound from {@code values}, which must name each one. */
    PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("No value for :" + name);
                }
                statement.setObject(i + 1, values.get(name));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
