package org.imagingnetwork.console.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.booking.SlotChange;
import org.imagingnetwork.core.booking.SlotChangeListener;
import org.imagingnetwork.core.redis.RedisSettings;
import org.imagingnetwork.core.redis.RedisSlotChangeFeed;
import org.imagingnetwork.testsupport.TestRedis;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blocking a session with a booked patient, end to end from the console's form: the patient is
 * listed for re-booking, the RIS outbox has each slot's change, and the time leaves the portal at
 * once. The portal is another app; this test proves the seam between them — the console announces
 * every blocked slot with its room on the Redis slot-change channel the portal listens to, and the
 * slots are no longer FREE, the only status the portal's search returns. That the portal drops the
 * time on hearing it is proved on its side by
 * {@code patient-portal/.../choice/EarliestFreeSlotsIT#aSlotStaffBlockLeavesTheSearchAtOnceAndComesBackWhenReleased}.
 */
class SessionBlockIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;
    private static DiaryData data;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
        data = new DiaryData(jdbi);
    }

    @Test
    void blockingABookedSessionListsThePatientWritesTheOutboxAndAnnouncesEverySlot() throws Exception {
        DiaryData.BookedSession booked = data.bookedSession(console.staff().trustA(), 6);
        List<Long> slots = jdbi.withHandle(h -> h.createQuery("select id from slot where session_id = :s order by id")
                .bind("s", booked.session())
                .mapTo(Long.class)
                .list());
        Map<Long, List<String>> outboxBefore = new java.util.HashMap<>();
        slots.forEach(slot -> outboxBefore.put(slot, data.slotOutbox(slot)));
        Heard heard = new Heard();
        try (RedisSlotChangeFeed feed = RedisSlotChangeFeed.start(
                RedisSettings.of(TestRedis.get().uri(), TestRedis.get().keyPrefix()), heard, Duration.ofSeconds(1))) {
            assertThat(heard.up.await(10, TimeUnit.SECONDS)).as("subscribed").isTrue();
            StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
            assertThat(manager.get("/diary/sessions/" + booked.session() + "/block")
                            .body())
                    .contains("Patients booked into this session: ");

            HttpResponse<String> blocked = manager.submit(
                    "/diary/sessions/" + booked.session() + "/block",
                    DiaryIT.blockReason("STAFF_SICKNESS", "Radiographer off sick"));

            assertThat(blocked.statusCode()).isEqualTo(303);
            List<SlotChange> announced = heard.take(slots.size(), Duration.ofSeconds(5));
            assertThat(announced).allSatisfy(change -> {
                assertThat(change.kind()).isEqualTo(SlotChange.Kind.BLOCKED);
                assertThat(change.room()).isEqualTo(booked.room());
            });
            assertThat(announced).extracting(c -> c.slot().value()).containsExactlyInAnyOrderElementsOf(slots);
        }
        assertThat(data.sessionStatus(booked.session())).isEqualTo("BLOCKED");
        assertThat(slots).allSatisfy(slot -> {
            assertThat(data.slotStatus(slot)).isEqualTo("BLOCKED");
            assertThat(data.slotOutbox(slot)).isEqualTo(DiaryIT.plus(outboxBefore.get(slot), "BLOCKED"));
        });
        assertThat(data.count(
                        "select count(*) from slot where session_id = :s and status = 'FREE'",
                        Map.of("s", booked.session())))
                .as("free slots the portal's search could offer")
                .isZero();

        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        String grid = clerk.get("/diary?site=" + booked.site() + "&date=" + booked.day())
                .body();
        assertThat(DiaryIT.sessionCell(grid, booked.session()))
                .contains("Blocked")
                .contains("to re-book");
        HttpResponse<String> rebooking = clerk.get("/diary/rebooking?site=" + booked.site());
        assertThat(rebooking.body())
                .contains("href=\"/requests/" + booked.request() + "\"")
                .contains("Staff sickness: Radiographer off sick");
        Map<String, Object> audit = data.lastAudit(RebookingController.SHOWN);
        assertThat(audit.get("actor_role")).isEqualTo("BOOKINGS_CLERK");
        assertThat(audit.get("detail").toString()).contains("patients to re-book");
        assertThat(data.lastAudit("DIARY_SESSION_BLOCKED").get("reason"))
                .isEqualTo("Staff sickness: Radiographer off sick");

        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
        manager.get("/diary/sessions/" + booked.session() + "/release");
        assertThat(manager.submit(
                                "/diary/sessions/" + booked.session() + "/release",
                                Map.of("reason", "Cover found from the bank"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(data.sessionStatus(booked.session())).isEqualTo("RELEASED");
        assertThat(data.slotStatus(booked.bookedSlot())).isEqualTo("BOOKED");
        assertThat(clerk.get("/diary/rebooking?site=" + booked.site()).body())
                .doesNotContain("href=\"/requests/" + booked.request() + "\"");
    }

    /** What the feed hears, as the portal's listener would. */
    private static final class Heard implements SlotChangeListener {
        final CountDownLatch up = new CountDownLatch(1);
        final BlockingQueue<SlotChange> changes = new LinkedBlockingQueue<>();

        @Override
        public void changed(SlotChange change) {
            changes.add(change);
        }

        @Override
        public void feedUp() {
            up.countDown();
        }

        @Override
        public void feedDown() {}

        List<SlotChange> take(int n, Duration within) throws InterruptedException {
            List<SlotChange> taken = new ArrayList<>();
            long deadline = System.nanoTime() + within.toNanos();
            while (taken.size() < n) {
                SlotChange next = changes.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
                taken.add(next);
            }
            return taken;
        }
    }
}
