package org.imagingnetwork.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imagingnetwork.core.support.CoreDatabase;
import org.junit.jupiter.api.Test;

class MigrationIT {

    @Test
    void createsEveryTableOfTheDomain() {
        List<String> tables = CoreDatabase.get()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "select table_name from information_schema.tables where table_schema = 'public' order by 1")
                        .mapTo(String.class)
                        .list());
        assertThat(tables)
                .contains(
                        "trust",
                        "site",
                        "room",
                        "staff",
                        "exam",
                        "session",
                        "slot",
                        "patient",
                        "request",
                        "request_event",
                        "appointment",
                        "outbox",
                        "slot_release",
                        "audit_log",
                        "appointability_rule");
    }
}
