package org.imagingnetwork.core.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * A connection pool to the system of record, migrated to the current schema. One per app
 * instance; two instances means two of these over the same database.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    }

    /** Opens a pool and applies any pending Flyway migrations (safe to call from many instances at once). */
    public static Database open(DatabaseSettings settings) {
        Database database = connect(settings);
        Flyway.configure()
                .dataSource(database.dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return database;
    }

    /** Opens a pool without migrating, for a second instance over a database another has migrated. */
    public static Database connect(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("scheduler-" + System.identityHashCode(config));
        // Every session reads and writes clinic times in UTC; display converts to Europe/London.
        config.setConnectionInitSql("set time zone 'UTC'");
        return new Database(new HikariDataSource(config));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
