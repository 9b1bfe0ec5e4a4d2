package org.imagingnetwork.fhir.support;

import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.testsupport.TestDatabase;

/** The migrated database of this test run, and more pools over it for second relay instances. */
public final class SyncDatabase {

    private static Database database;

    private SyncDatabase() {}

    public static synchronized Database get() {
        if (database == null) {
            database = Database.open(settings());
        }
        return database;
    }

    /** A separate pool over the same database, as another app instance would have. */
    public static Database anotherInstance() {
        get();
        return Database.connect(settings());
    }

    public static DatabaseSettings settings() {
        return DatabaseSettings.of(TestDatabase.get().jdbcUrl()).withPoolSize(12);
    }
}
