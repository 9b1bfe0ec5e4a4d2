package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.RisEvent;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.jdbi.v3.core.Jdbi;

/**
 * Whatever sequence of bookings, moves, cancellations, RIS statuses and staff decisions reaches a
 * handful of requests sharing a few slots, afterwards every request's state agrees with its
 * appointments (APPOINTED exactly when one is booked; an attended appointment only on an attended
 * request) and every slot a live appointment holds is marked booked. No command may fail
 * with an exception: a disagreement the code made would be refused by the database at commit (V29).
 */
class RequestAppointmentAgreementIT {

    private static final int REQUESTS = 3;
    private static final int SLOTS = 4;

    private final Jdbi jdbi = CoreDatabase.get().jdbi();
    private final DiaryFixture fixture = new DiaryFixture(jdbi);
    private final RequestService requests =
            CoreServices.create(Clock.systemUTC()).requests();
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());

    /** One thing a patient, a clerk, a radiologist or a trust's RIS can do, on request {@code r} (an index). */
    sealed interface Step {
        int r();
    }

    record BookSlot(int r, int slot) implements Step {}

    record MoveTo(int r, int slot) implements Step {}

    record CancelAppointment(int r, boolean examStillNeeded) implements Step {}

    record RisReports(int r, RisEvent event) implements Step {}

    record StaffMove(int r, RequestState to) implements Step {}

    record Withdraw(int r) implements Step {}

    record Reject(int r) implements Step {}

    @Property(tries = 60)
    void noSequenceOfCommandsLeavesARequestAndItsAppointmentDisagreeing(@ForAll("sequences") List<Step> steps) {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(3)), SLOTS);
        List<RequestId> ids = fixture.waitingRequests(diary.trust(), DiaryFixture.CT_HEAD, REQUESTS).stream()
                .map(DiaryFixture.Waiting::request)
                .toList();

        for (Step step : steps) {
            apply(step, ids.get(step.r()), diary.slots());
            assertAgreement(ids, diary.slots(), step);
        }
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Integer> request = Arbitraries.integers().between(0, REQUESTS - 1);
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, SLOTS - 1);
        Arbitrary<Step> step = Arbitraries.oneOf(
                request.flatMap(r -> slot.map(s -> new BookSlot(r, s))),
                request.flatMap(r -> slot.map(s -> new MoveTo(r, s))),
                request.flatMap(r -> Arbitraries.of(true, false).map(needed -> new CancelAppointment(r, needed))),
                request.flatMap(r -> Arbitraries.of(RisEvent.class).map(e -> new RisReports(r, e))),
                request.flatMap(r -> Arbitraries.of(RequestState.class).map(to -> new StaffMove(r, to))),
                request.map(Withdraw::new),
                request.map(Reject::new));
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    private void apply(Step step, RequestId request, List<SlotId> slots) {
        Actor clerk = Actor.staff("clerk");
        String staff = "staff:clerk";
        if (step instanceof BookSlot book) {
            bookings.book(new Book(request, slots.get(book.slot()), clerk, Optional.empty()));
        } else if (step instanceof MoveTo move) {
            booked(request)
                    .ifPresent(appointment -> bookings.reschedule(
                            new Reschedule(appointment, slots.get(move.slot()), clerk, Optional.empty())));
        } else if (step instanceof CancelAppointment cancel) {
            booked(request)
                    .ifPresent(appointment ->
                            bookings.cancel(new Cancel(appointment, clerk, "Cannot come", cancel.examStillNeeded())));
        } else if (step instanceof RisReports ris) {
            requests.recordRisStatus(new RequestCommand.RisStatus(request, ris.event(), null, "ris:fixture"));
        } else if (step instanceof StaffMove move) {
            requests.move(new RequestCommand.Move(request, move.to(), "Staff decision", staff));
        } else if (step instanceof Withdraw) {
            requests.cancel(new RequestCommand.Cancel(request, "No longer needed", staff));
        } else if (step instanceof Reject) {
            requests.reject(new RequestCommand.Reject(request, "Not indicated", staff));
        }
    }

    private Optional<AppointmentId> booked(RequestId request) {
        return jdbi.withHandle(
                h -> h.createQuery("select id from appointment where request_id = :id and status = 'BOOKED'")
                        .bind("id", request.value())
                        .mapTo(UUID.class)
                        .findOne()
                        .map(AppointmentId::new));
    }

    private void assertAgreement(List<RequestId> ids, List<SlotId> slots, Step after) {
        jdbi.useHandle(h -> {
            h.createQuery("""
                            select r.id, r.state,
                                   count(a.id) filter (where a.status = 'BOOKED') as booked,
                                   count(a.id) filter (where a.status in ('ARRIVED', 'FULFILLED')) as attended
                            from request r left join appointment a on a.request_id = r.id
                            where r.id = any(:ids)
                            group by r.id, r.state
                            """)
                    .bind("ids", ids.stream().mapToLong(RequestId::value).toArray())
                    .map((rs, ctx) -> {
                        String state = rs.getString("state");
                        String where = "request " + rs.getLong("id") + " after " + after;
                        assertThat(rs.getInt("booked")).as(where).isEqualTo(state.equals("APPOINTED") ? 1 : 0);
                        if (rs.getInt("attended") > 0) {
                            assertThat(state).as(where).isIn("ATTENDED", "ACQUIRED", "REPORTED", "AMENDED");
                        }
                        return state;
                    })
                    .list();
            h.createQuery("""
                            select s.id, s.status,
                                   exists (select 1 from appointment a where a.slot_id = s.id
                                           and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')) as held
                            from slot s where s.id = any(:slots)
                            """)
                    .bind("slots", slots.stream().mapToLong(SlotId::value).toArray())
                    .map((rs, ctx) -> {
                        if (rs.getBoolean("held")) {
                            assertThat(rs.getString("status"))
                                    .as("slot " + rs.getLong("id") + " after " + after)
                                    .isEqualTo("BOOKED");
                        }
                        return rs.getLong("id");
                    })
                    .list();
        });
    }
}
