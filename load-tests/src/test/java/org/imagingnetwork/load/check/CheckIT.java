package org.imagingnetwork.load.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker over the small demo network, as loaded and after a freed slot is left unbooked. */
class CheckIT {

    private static Database database;

    @BeforeAll
    static void load() {
        database = Database.open(DatabaseSettings.of(TestDatabase.get().freshDatabase("loadcheck"))
                .withPoolSize(2));
        new DemoNetworkLoader(database).load(DemoNetwork.generate(DemoPreset.SMALL, 7, LocalDate.of(2026, 12, 7)));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aConsistentNetworkPassesAndAFreedSlotNobodyBookedFails() {
        List<Long> booked = slots("select slot_id from appointment where status = 'BOOKED' order by slot_id limit 2");
        List<Long> free = slots("select id from slot where status = 'FREE' order by id limit 1");
        CheckQueries queries = new CheckQueries(database.jdbi());

        List<Check.Finding> allBooked = Check.check(queries, booked);
        assertThat(allBooked).allMatch(Check.Finding::passed).hasSize(4);
        assertThat(allBooked.get(3).text()).startsWith("storm: 2 of 2 freed slots booked exactly once (2 bookings)");

        List<Check.Finding> oneFree = Check.check(queries, List.of(booked.get(0), booked.get(1), free.get(0)));
        assertThat(oneFree.subList(0, 3)).allMatch(Check.Finding::passed);
        assertThat(oneFree.get(3).passed()).isFalse();
        assertThat(oneFree.get(3).text()).startsWith("storm: 2 of 3 freed slots booked exactly once");
    }

    @Test
    void aSlotMarkedBookedWithoutAnAppointmentIsOutOfStep() {
        long free = slots("select id from slot where status = 'FREE' order by id desc limit 1")
                .get(0);
        database.jdbi().useHandle(h -> h.execute("update slot set status = 'BOOKED' where id = ?", free));
        try {
            List<Check.Finding> findings = Check.check(new CheckQueries(database.jdbi()), List.of());
            assertThat(findings.get(2).passed()).isFalse();
            assertThat(findings.get(2).text()).startsWith("1 slots whose status disagrees");
        } finally {
            database.jdbi().useHandle(h -> h.execute("update slot set status = 'FREE' where id = ?", free));
        }
    }

    private static List<Long> slots(String sql) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
    }
}
