package org.imagingnetwork.optimizer.run;

import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.testsupport.TestDatabase;

/** The migrated database of this test run, shared by every test class in the JVM. */
final class OptimizerDatabase {
    private static Database database;

    private OptimizerDatabase() {}

    static synchronized Database get() {
        if (database == null) {
            database = Database.open(settings());
        }
        return database;
    }

    /** Settings for another pool over the same database, as a second app instance would have. */
    static DatabaseSettings settings() {
        return DatabaseSettings.of(TestDatabase.get().jdbcUrl()).withPoolSize(8);
    }
}
