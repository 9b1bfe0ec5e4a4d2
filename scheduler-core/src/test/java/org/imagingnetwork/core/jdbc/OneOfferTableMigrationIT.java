package org.imagingnetwork.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.imagingnetwork.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** V13 moves the released-slot offers of V10's slot_offer into the one offer table, keeping one open offer per request. */
class OneOfferTableMigrationIT {

    @Test
    void releasedSlotOffersMoveAcrossWithAtMostOneOpenPerRequest() {
        String url = TestDatabase.get().freshDatabase("offermigration");
        try (Database database = Database.connect(DatabaseSettings.of(url).withPoolSize(2))) {
            Flyway flyway = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .target("12")
                    .load();
            flyway.migrate();
            Jdbi jdbi = database.jdbi();
            DiaryFixture fixture = new DiaryFixture(jdbi);
            Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 3);
            Waiting twice = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
            Waiting answered = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
            Waiting proposed = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
            UUID older = slotOffer(jdbi, release(jdbi, diary, 0), diary, 0, twice, "OFFERED", 20);
            UUID newer = slotOffer(jdbi, release(jdbi, diary, 1), diary, 1, twice, "OFFERED", 10);
            UUID gone = slotOffer(jdbi, release(jdbi, diary, 0), diary, 0, answered, "GONE", 30);
            UUID shadowed = slotOffer(jdbi, release(jdbi, diary, 2), diary, 2, proposed, "OFFERED", 5);
            jdbi.useHandle(h -> h.createUpdate("""
                            insert into offer (id, request_id, slot_id, status, offered_at, offered_by, expires_at, source)
                            values (:id, :request, :slot, 'OPEN', now(), 'staff:planner', now() + interval '3 days', 'run:1')
                            """)
                    .bind("id", UUID.randomUUID())
                    .bind("request", proposed.request().value())
                    .bind("slot", diary.slots().get(1).value())
                    .execute());

            flyway = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .load();
            flyway.migrate();

            Map<UUID, String> statuses =
                    jdbi.withHandle(h -> h.createQuery("select id, status from offer where source = 'released slot'")
                            .reduceRows(new java.util.HashMap<UUID, String>(), (map, row) -> {
                                map.put(row.getColumn("id", UUID.class), row.getColumn("status", String.class));
                                return map;
                            }));
            assertThat(statuses)
                    .containsEntry(newer, "OPEN")
                    .containsEntry(older, "EXPIRED")
                    .containsEntry(gone, "GONE")
                    .containsEntry(shadowed, "EXPIRED")
                    .hasSize(4);
            List<String> tables =
                    jdbi.withHandle(h -> h.createQuery("select tablename from pg_tables where tablename = 'slot_offer'")
                            .mapTo(String.class)
                            .list());
            assertThat(tables).isEmpty();
        }
    }

    private static long release(Jdbi jdbi, Diary diary, int slot) {
        return jdbi.withHandle(h -> h.createQuery("""
                        insert into slot_release (slot_id, released_at, reason) values (:slot, now(), 'cancelled')
                        returning id
                        """)
                .bind("slot", diary.slots().get(slot).value())
                .mapTo(Long.class)
                .one());
    }

    private static UUID slotOffer(
            Jdbi jdbi, long release, Diary diary, int slot, Waiting waiting, String status, int minutesAgo) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into slot_offer (id, release_id, slot_id, request_id, patient_id, offered_at, expires_at, status)
                        values (:id, :release, :slot, :request, :patient, now() - make_interval(mins => :ago),
                                now() + interval '30 minutes', :status)
                        """)
                .bind("id", id)
                .bind("release", release)
                .bind("slot", diary.slots().get(slot).value())
                .bind("request", waiting.request().value())
                .bind("patient", waiting.patient().value())
                .bind("ago", minutesAgo)
                .bind("status", status)
                .execute());
        return id;
    }
}
