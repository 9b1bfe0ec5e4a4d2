package org.imagingnetwork.load.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void whatPatientsWereToldIsHeldAgainstTheNetwork(@TempDir Path dir) throws Exception {
        long[] booking = database.jdbi()
                .withHandle(h -> h.createQuery(
                                "select request_id, slot_id from appointment where status = 'BOOKED' order by id limit 1")
                        .map((rs, ctx) -> new long[] {rs.getLong("request_id"), rs.getLong("slot_id")})
                        .one());
        long waiting = slots("select id from request where state = 'WAITING' order by id limit 1")
                .get(0);
        CheckQueries queries = new CheckQueries(database.jdbi());
        Path told = dir.resolve("confirmed.csv");

        Files.writeString(told, booking[0] + "," + booking[1] + "\n" + waiting + ",-\n");
        Check.Finding kept = Check.confirmed(queries, told);
        assertThat(kept.passed()).isTrue();
        assertThat(kept.text())
                .isEqualTo(
                        "confirmed to patients: 1 bookings, 0 of them lost; 1 cancellations, 0 of them still booked");

        // Told of another slot than the one booked, and of a cancellation that did not happen.
        Files.writeString(
                told,
                booking[0] + "," + (booking[1] + 1) + "\n" + waiting + "," + booking[1] + "\n" + booking[0] + ",-\n"
                        + booking[0] + "," + (booking[1] + 1) + "\n");
        Check.Finding lost = Check.confirmed(queries, told);
        assertThat(lost.passed()).isFalse();
        assertThat(lost.text())
                .isEqualTo(
                        "confirmed to patients: 2 bookings, 2 of them lost; 0 cancellations, 0 of them still booked");

        Files.writeString(told, booking[0] + ",-\n");
        assertThat(Check.confirmed(queries, told).text()).endsWith("1 cancellations, 1 of them still booked");
    }

    private static List<Long> slots(String sql) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
    }
}
