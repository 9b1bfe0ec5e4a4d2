package org.imagingnetwork.core.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.CancelOutcome;
import org.imagingnetwork.core.booking.SlotChange;
import org.imagingnetwork.core.booking.SlotChangeListener;
import org.imagingnetwork.core.diary.DiaryOutcome.Changed;
import org.imagingnetwork.core.diary.DiaryOutcome.Invalid;
import org.imagingnetwork.core.diary.DiaryOutcome.NotFound;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.jdbc.JdbiDiaryStore;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.redis.RedisClients;
import org.imagingnetwork.core.redis.RedisSlotChangeFeed;
import org.imagingnetwork.core.redis.RedisSlotChangeNotifier;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.imagingnetwork.core.support.Ledger;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class DiaryChangesIT {

    private static final StaffActor CLERK = new StaffActor("clerk-a", "BOOKINGS_CLERK", new OdsCode("RRK"));
    private static final Actor BOOKER = Actor.staff("clerk-a");

    private final Jdbi jdbi = CoreDatabase.get().jdbi();
    private final DiaryFixture fixture = new DiaryFixture(jdbi);
    private final Ledger ledger = new Ledger(jdbi);
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());
    private final JdbiAuditLog audit = new JdbiAuditLog(jdbi, Clock.systemUTC());
    private final DiaryChanges diary = new DiaryChanges(
            new JdbiDiaryStore(jdbi, Clock.systemUTC()),
            new RedisSlotChangeNotifier(RedisClients.pooled(Bookings.redis()), Bookings.redis()),
            Clock.systemUTC());

    @Test
    void blockingABookedSlotKeepsTheAppointmentAndListsThePatientForRebooking() {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 2);
        Waiting patient = fixture.waitingRequest(ct.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, ct.slots().get(0));

        DiaryOutcome outcome = diary.blockSlot(new BlockSlot(ct.slots().get(0), "Scanner fault", CLERK));

        DiaryChange change = ((Changed) outcome).change();
        assertThat(change.slots()).containsExactly(ct.slots().get(0));
        assertThat(change.toRebook()).containsExactly(appointment.id());
        assertThat(ledger.slotStatus(ct.slots().get(0).value())).isEqualTo("BLOCKED");
        assertThat(ledger.liveSlotsOf(patient.request()))
                .containsExactly(ct.slots().get(0).value());
        assertThat(slotOutbox(ct.slots().get(0))).containsExactly("BLOCKED");
        assertThat(auditActions()).contains("DIARY_SLOT_BLOCKED");

        List<NeedsRebooking> listed = diary.needingRebooking(DiaryScope.trusts(Set.of(new OdsCode(ct.trust()))));
        assertThat(listed).singleElement().satisfies(entry -> {
            assertThat(entry.appointment()).isEqualTo(appointment.id());
            assertThat(entry.request()).isEqualTo(patient.request());
            assertThat(entry.patient()).isEqualTo(patient.patient());
            assertThat(entry.site().value()).isEqualTo(ct.site());
            assertThat(entry.reason()).isEqualTo("Scanner fault");
            assertThat(entry.blockedBy()).isEqualTo(CLERK.auditName());
        });
        assertThat(diary.needingRebooking(DiaryScope.trusts(Set.of(new OdsCode("ZZZZ")))))
                .as("another trust's staff")
                .isEmpty();
    }

    @Test
    void releasingTheSlotPutsItsBookingBackAndFreesAnEmptyOneForOffers() {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 2);
        Waiting patient = fixture.waitingRequest(ct.trust(), DiaryFixture.CT_HEAD);
        book(patient, ct.slots().get(0));
        for (SlotId slot : ct.slots()) {
            diary.blockSlot(new BlockSlot(slot, "Scanner fault", CLERK));
        }

        for (SlotId slot : ct.slots()) {
            assertThat(diary.releaseSlot(new ReleaseSlot(slot, "Engineer fixed it", CLERK)))
                    .isInstanceOf(Changed.class);
        }

        assertThat(ledger.slotStatus(ct.slots().get(0).value())).isEqualTo("BOOKED");
        assertThat(ledger.slotStatus(ct.slots().get(1).value())).isEqualTo("FREE");
        assertThat(slotOutbox(ct.slots().get(0))).containsExactly("BLOCKED", "BOOKED");
        assertThat(slotOutbox(ct.slots().get(1))).containsExactly("BLOCKED", "FREE");
        assertThat(releasesOf(ct.slots().get(0))).isZero();
        assertThat(releasesOf(ct.slots().get(1))).isEqualTo(1);
        assertThat(diary.needingRebooking(DiaryScope.trusts(Set.of(new OdsCode(ct.trust())))))
                .isEmpty();
    }

    @Test
    void blockingASessionBlocksItsComingSlotsAndReleasingItLeavesASlotBlockedOnItsOwn() {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 3);
        Waiting patient = fixture.waitingRequest(ct.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, ct.slots().get(1));
        diary.blockSlot(new BlockSlot(ct.slots().get(2), "Contrast injector serviced", CLERK));
        SessionId session = sessionOf(ct.slots().get(0));

        DiaryChange blocked =
                ((Changed) diary.blockSession(new BlockSession(session, "Radiographer off sick", CLERK))).change();

        assertThat(blocked.slots())
                .containsExactly(ct.slots().get(0), ct.slots().get(1));
        assertThat(blocked.toRebook()).containsExactly(appointment.id());
        assertThat(ct.slots())
                .allSatisfy(slot -> assertThat(ledger.slotStatus(slot.value())).isEqualTo("BLOCKED"));
        assertThat(sessionStatus(session)).isEqualTo("BLOCKED");
        assertThat(diary.needingRebooking(new DiaryScope(Set.of(), Set.of(new OdsCode(ct.site())))))
                .singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo("Radiographer off sick"));

        DiaryChange released =
                ((Changed) diary.releaseSession(new ReleaseSession(session, "Cover found", CLERK))).change();

        assertThat(released.slots())
                .containsExactly(ct.slots().get(0), ct.slots().get(1));
        assertThat(ledger.slotStatus(ct.slots().get(0).value())).isEqualTo("FREE");
        assertThat(ledger.slotStatus(ct.slots().get(1).value())).isEqualTo("BOOKED");
        assertThat(ledger.slotStatus(ct.slots().get(2).value()))
                .as("blocked on its own")
                .isEqualTo("BLOCKED");
        assertThat(sessionStatus(session)).isEqualTo("RELEASED");
        assertThat(auditActions()).contains("DIARY_SESSION_BLOCKED", "DIARY_SESSION_RELEASED");
    }

    @Test
    void aBlockedSlotsOpenOffersAreWithdrawn() {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 1);
        Waiting patient = fixture.waitingRequest(ct.trust(), DiaryFixture.CT_HEAD);
        UUID offer = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into offer (id, request_id, slot_id, status, offered_at, offered_by, expires_at, source)
                        values (:id, :request, :slot, 'OPEN', now(), 'system:test', now() + interval '1 hour', 'test')
                        """)
                .bind("id", offer)
                .bind("request", patient.request().value())
                .bind("slot", ct.slots().get(0).value())
                .execute());

        diary.blockSlot(new BlockSlot(ct.slots().get(0), "Scanner fault", CLERK));

        String status = jdbi.withHandle(h -> h.createQuery("select status from offer where id = :id")
                .bind("id", offer)
                .mapTo(String.class)
                .one());
        assertThat(status).isEqualTo("WITHDRAWN");
    }

    @Test
    void movingAPatientOutOfABlockedSlotLeavesItBlocked() {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 1);
        Waiting patient = fixture.waitingRequest(ct.trust(), DiaryFixture.CT_HEAD);
        Appointment appointment = book(patient, ct.slots().get(0));
        diary.blockSlot(new BlockSlot(ct.slots().get(0), "Scanner fault", CLERK));

        CancelOutcome cancelled =
                bookings.cancel(new Cancel(appointment.id(), BOOKER, "Slot blocked: re-booking", true));

        assertThat(cancelled).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(ledger.slotStatus(ct.slots().get(0).value())).isEqualTo("BLOCKED");
        assertThat(releasesOf(ct.slots().get(0))).isZero();
    }

    @Test
    void anAdHocSessionIsCutIntoFreeSlotsToldToTheRisAndOfferedAsReleases() {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(10)), 1);
        LocalDate day = London.clinicDay(Instant.now().plus(Duration.ofDays(5)));

        DiaryOutcome outcome = diary.addSession(new AddSession(
                ct.room(),
                day,
                LocalTime.of(17, 0),
                LocalTime.of(18, 10),
                "CT_GENERAL",
                Set.of(new ExamCode(DiaryFixture.CT_HEAD)),
                Set.of(),
                "Extra list for the backlog",
                CLERK));

        DiaryChange change = ((Changed) outcome).change();
        assertThat(change.slots()).hasSize(3);
        assertThat(change.session()).isPresent();
        assertThat(sessionStatus(change.session().get())).isEqualTo("RELEASED");
        assertThat(slotStarts(change.session().get()))
                .containsExactly(
                        London.moment(day, LocalTime.of(17, 0)),
                        London.moment(day, LocalTime.of(17, 20)),
                        London.moment(day, LocalTime.of(17, 40)));
        assertThat(change.slots()).allSatisfy(slot -> {
            assertThat(slotOutbox(slot)).containsExactly("FREE");
            assertThat(releasesOf(slot)).isEqualTo(1);
        });
        assertThat(auditActions()).contains("DIARY_SESSION_ADDED");
    }

    @Test
    void anAdHocSessionOverlappingAnotherIsRefusedByTheRoomsConstraintNamingTheField() {
        Instant start = London.moment(London.clinicDay(Instant.now().plus(Duration.ofDays(6))), LocalTime.of(9, 0));
        Diary ct = fixture.ctDiary(start, 4);
        List<Long> before = ledger.bookingTableCounts();

        DiaryOutcome outcome = diary.addSession(new AddSession(
                ct.room(),
                London.clinicDay(start),
                LocalTime.of(9, 30),
                LocalTime.of(10, 30),
                "CT_GENERAL",
                Set.of(new ExamCode(DiaryFixture.CT_HEAD)),
                Set.of(),
                "Extra list",
                CLERK));

        assertThat(fields(outcome)).containsExactly("from");
        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
        assertThat(count("session where room_id = '" + ct.room() + "'")).isEqualTo(1);
    }

    @Test
    void anythingInThePastIsRefusedNamingTheFieldAndChangesNothing() {
        Diary past = fixture.ctDiary(Instant.now().minus(Duration.ofHours(3)), 2);
        SessionId session = sessionOf(past.slots().get(0));
        List<Long> before = ledger.bookingTableCounts();
        long outboxRows = count("outbox");

        assertThat(fields(diary.blockSlot(new BlockSlot(past.slots().get(0), "Fault", CLERK))))
                .containsExactly("slot");
        assertThat(fields(diary.blockSession(new BlockSession(session, "Fault", CLERK))))
                .containsExactly("session");
        assertThat(fields(diary.addSession(new AddSession(
                        past.room(),
                        London.clinicDay(Instant.now().minus(Duration.ofDays(1))),
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        "CT_GENERAL",
                        Set.of(new ExamCode(DiaryFixture.CT_HEAD)),
                        Set.of(),
                        "Extra list",
                        CLERK))))
                .containsExactly("from");
        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
        assertThat(count("outbox")).isEqualTo(outboxRows);
        assertThat(ledger.slotStatus(past.slots().get(0).value())).isEqualTo("FREE");
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 1);
        LocalDate day = London.clinicDay(Instant.now().plus(Duration.ofDays(5)));

        assertThat(fields(diary.blockSlot(new BlockSlot(ct.slots().get(0), " ", CLERK))))
                .containsExactly("reason");
        assertThat(fields(diary.addSession(new AddSession(
                        ct.room(),
                        day,
                        LocalTime.of(12, 0),
                        LocalTime.of(11, 0),
                        "NO_SUCH_LIST",
                        Set.of(),
                        Set.of(),
                        "",
                        CLERK))))
                .containsExactlyInAnyOrder("reason", "sessionType", "to", "allowedExams");
        assertThat(fields(diary.addSession(new AddSession(
                        ct.room(),
                        day,
                        LocalTime.of(12, 0),
                        LocalTime.of(13, 0),
                        "MR_GENERAL",
                        Set.of(new ExamCode("MBRAI")),
                        Set.of("nobody-here"),
                        "Extra list",
                        CLERK))))
                .as("an MRI list in a CT room, covered by nobody")
                .containsExactlyInAnyOrder("sessionType", "staff");
        assertThat(fields(diary.addSession(new AddSession(
                        ct.room(),
                        day,
                        LocalTime.of(12, 0),
                        LocalTime.of(13, 0),
                        "CT_GENERAL",
                        Set.of(new ExamCode("MBRAI")),
                        Set.of(),
                        "Extra list",
                        CLERK))))
                .containsExactly("allowedExams");
        diary.blockSlot(new BlockSlot(ct.slots().get(0), "Fault", CLERK));
        assertThat(fields(diary.blockSlot(new BlockSlot(ct.slots().get(0), "Fault again", CLERK))))
                .as("blocked twice")
                .containsExactly("slot");
        assertThat(fields(diary.releaseSession(
                        new ReleaseSession(sessionOf(ct.slots().get(0)), "Fixed", CLERK))))
                .as("a session that is not blocked")
                .containsExactly("session");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(diary.blockSlot(new BlockSlot(new SlotId(-1), "Fault", CLERK)))
                .isEqualTo(new NotFound("slot"));
        assertThat(diary.releaseSlot(new ReleaseSlot(new SlotId(-1), "Fixed", CLERK)))
                .isEqualTo(new NotFound("slot"));
        assertThat(diary.blockSession(new BlockSession(new SessionId(-1), "Fault", CLERK)))
                .isEqualTo(new NotFound("session"));
        assertThat(diary.releaseSession(new ReleaseSession(new SessionId(-1), "Fixed", CLERK)))
                .isEqualTo(new NotFound("session"));
        assertThat(diary.addSession(new AddSession(
                        "NO-SUCH-ROOM",
                        London.clinicDay(Instant.now().plus(Duration.ofDays(5))),
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        "CT_GENERAL",
                        Set.of(new ExamCode(DiaryFixture.CT_HEAD)),
                        Set.of(),
                        "Extra list",
                        CLERK)))
                .isEqualTo(new NotFound("room"));
    }

    @Test
    void theAuditRowsAreWrittenInTheChangesTransaction() {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 1);
        Waiting patient = fixture.waitingRequest(ct.trust(), DiaryFixture.CT_HEAD);
        book(patient, ct.slots().get(0));
        StaffActor clerk = new StaffActor("audit-" + UUID.randomUUID(), "BOOKINGS_CLERK", new OdsCode("RRK"));
        long outboxRows = count("outbox");
        DiaryChanges failingAfterAudit = new DiaryChanges(
                new AuditThenFail(new JdbiDiaryStore(jdbi, Clock.systemUTC())),
                new RedisSlotChangeNotifier(RedisClients.pooled(Bookings.redis()), Bookings.redis()),
                Clock.systemUTC());

        assertThatThrownBy(() ->
                        failingAfterAudit.blockSlot(new BlockSlot(ct.slots().get(0), "Fault", clerk)))
                .hasMessage("audit sink refused");

        assertThat(audit.byActor(clerk.auditName(), 10))
                .as("the audit rows went with the change")
                .isEmpty();
        assertThat(ledger.slotStatus(ct.slots().get(0).value())).isEqualTo("BOOKED");
        assertThat(count("outbox")).isEqualTo(outboxRows);
        assertThat(count("diary_block where slot_id = " + ct.slots().get(0).value()))
                .isZero();

        diary.blockSlot(new BlockSlot(ct.slots().get(0), "Fault", clerk));
        assertThat(audit.byActor(clerk.auditName(), 10)).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("DIARY_SLOT_BLOCKED");
            assertThat(entry.role()).isEqualTo("BOOKINGS_CLERK");
            assertThat(entry.organisation()).isEqualTo("RRK");
            assertThat(entry.reason()).isEqualTo("Fault");
        });
        assertThat(audit.trailOf(patient.patient()))
                .as("in the booked patient's own trail")
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("DIARY_SLOT_BLOCKED"));
    }

    @Test
    void blocksAndReleasesAreAnnouncedOnTheSlotChangeChannel() throws Exception {
        Diary ct = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), 2);
        BlockingQueue<SlotChange> heard = new LinkedBlockingQueue<>();
        CountDownLatch up = new CountDownLatch(1);
        try (RedisSlotChangeFeed feed =
                RedisSlotChangeFeed.start(Bookings.redis(), new Heard(ct.room(), heard, up), Duration.ofMillis(100))) {
            assertThat(up.await(5, TimeUnit.SECONDS)).isTrue();

            diary.blockSession(new BlockSession(sessionOf(ct.slots().get(0)), "Fault", CLERK));
            assertThat(take(heard, 2))
                    .containsExactlyInAnyOrder(
                            new SlotChange(SlotChange.Kind.BLOCKED, ct.slots().get(0), ct.room()),
                            new SlotChange(SlotChange.Kind.BLOCKED, ct.slots().get(1), ct.room()));

            diary.releaseSession(new ReleaseSession(sessionOf(ct.slots().get(0)), "Fixed", CLERK));
            assertThat(take(heard, 2))
                    .containsExactlyInAnyOrder(
                            new SlotChange(SlotChange.Kind.FREED, ct.slots().get(0), ct.room()),
                            new SlotChange(SlotChange.Kind.FREED, ct.slots().get(1), ct.room()));
        }
    }

    private Appointment book(Waiting patient, SlotId slot) {
        return ((Booked) bookings.book(new Book(patient.request(), slot, BOOKER, Optional.empty()))).appointment();
    }

    private List<String> auditActions() {
        return audit.byActor(CLERK.auditName(), 200).stream()
                .map(e -> e.action())
                .toList();
    }

    private static List<String> fields(DiaryOutcome outcome) {
        assertThat(outcome).isInstanceOf(Invalid.class);
        return ((Invalid) outcome).errors().stream().map(FieldError::field).toList();
    }

    private List<String> slotOutbox(SlotId slot) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select slot_status from outbox where slot_id = :slot and change = 'SLOT_STATUS' order by id
                        """)
                .bind("slot", slot.value())
                .mapTo(String.class)
                .list());
    }

    private long releasesOf(SlotId slot) {
        return count("slot_release where slot_id = " + slot.value());
    }

    private SessionId sessionOf(SlotId slot) {
        return new SessionId(jdbi.withHandle(h -> h.createQuery("select session_id from slot where id = :id")
                .bind("id", slot.value())
                .mapTo(Long.class)
                .one()));
    }

    private String sessionStatus(SessionId session) {
        return jdbi.withHandle(h -> h.createQuery("select status from session where id = :id")
                .bind("id", session.value())
                .mapTo(String.class)
                .one());
    }

    private List<Instant> slotStarts(SessionId session) {
        return jdbi.withHandle(
                h -> h.createQuery("select starts_at from slot where session_id = :id order by starts_at")
                        .bind("id", session.value())
                        .mapTo(java.time.OffsetDateTime.class)
                        .map(java.time.OffsetDateTime::toInstant)
                        .list());
    }

    private long count(String tableAndWhere) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + tableAndWhere)
                .mapTo(Long.class)
                .one());
    }

    private static List<SlotChange> take(BlockingQueue<SlotChange> heard, int count) throws InterruptedException {
        List<SlotChange> taken = new java.util.ArrayList<>();
        while (taken.size() < count) {
            SlotChange next = heard.poll(5, TimeUnit.SECONDS);
            assertThat(next)
                    .as("announcement %d of %d", taken.size() + 1, count)
                    .isNotNull();
            taken.add(next);
        }
        return taken;
    }

    /** A store whose units fail right after writing an audit row, as a failing last write would. */
    private record AuditThenFail(DiaryStore real) implements DiaryStore {
        @Override
        public <T> T inTransaction(java.util.function.Function<DiaryUnit, T> work) {
            return real.inTransaction(unit -> work.apply((DiaryUnit) Proxy.newProxyInstance(
                    DiaryUnit.class.getClassLoader(), new Class<?>[] {DiaryUnit.class}, (proxy, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(unit, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (method.getName().equals("audit")) {
                            throw new IllegalStateException("audit sink refused");
                        }
                        return result;
                    })));
        }

        @Override
        public List<NeedsRebooking> needingRebooking(DiaryScope scope) {
            return real.needingRebooking(scope);
        }
    }

    /** What the feed announces about one room; other tests' rooms are no concern here. */
    private record Heard(String room, BlockingQueue<SlotChange> heard, CountDownLatch up)
            implements SlotChangeListener {
        @Override
        public void changed(SlotChange change) {
            if (change.room().equals(room)) {
                heard.add(change);
            }
        }

        @Override
        public void feedUp() {
            up.countDown();
        }

        @Override
        public void feedDown() {}
    }
}
