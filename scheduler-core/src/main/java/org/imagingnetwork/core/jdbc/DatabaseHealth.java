package org.imagingnetwork.core.jdbc;

import java.util.Map;
import org.imagingnetwork.core.operations.HealthCheck;
import org.jdbi.v3.core.Jdbi;

/** The network's PostgreSQL answers a query through the app's own pool. */
public final class DatabaseHealth implements HealthCheck {

    private final Jdbi jdbi;

    public DatabaseHealth(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Map<String, Object> check() {
        jdbi.useHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
        return Map.of();
    }
}
