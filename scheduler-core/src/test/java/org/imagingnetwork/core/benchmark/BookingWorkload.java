package org.imagingnetwork.core.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.support.DiaryFixture;
import org.jdbi.v3.core.Jdbi;

/**
 * Bookings that will succeed on a loaded network: for each of a sample of free future slots, a new
 * adult patient waiting for an exam that slot's session runs, its room can do and its length fits.
 */
final class BookingWorkload {

    record Pair(PatientId patient, RequestId request, SlotId slot) {}

    record Result(long booked, long refused, double seconds) {
        double perSecond() {
            return booked / seconds;
        }
    }

    private final Jdbi jdbi;

    BookingWorkload(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Pair> prepare(int count) {
        List<Object[]> targets = jdbi.withHandle(h -> h.createQuery("""
                        select s.id as slot, fit.code as exam, si.trust_ods_code as trust
                        from slot s
                        join session se on se.id = s.session_id and se.status = 'RELEASED'
                        join room r on r.id = s.room_id
                        join site si on si.ods_code = r.site_ods_code
                        cross join lateral (
                            select e.code from unnest(se.allowed_exams) as allowed(code)
                            join exam e on e.code = allowed.code
                            join exam_duration d on d.exam_code = e.code and d.age_band = 'ADULT'
                            where r.capabilities @> e.required_capabilities
                              and d.minutes * interval '1 minute' <= s.ends_at - s.starts_at
                            limit 1) fit
                        where s.status = 'FREE' and s.starts_at > now() + interval '1 day'
                        order by hashtext(s.id::text)
                        limit :count
                        """)
                .bind("count", count)
                .map((rs, ctx) -> new Object[] {rs.getLong("slot"), rs.getString("exam"), rs.getString("trust")})
                .list());
        DiaryFixture fixture = new DiaryFixture(jdbi);
        List<Pair> pairs = new ArrayList<>(targets.size());
        for (Object[] target : targets) {
            var waiting = fixture.waitingRequest((String) target[2], (String) target[1]);
            pairs.add(new Pair(waiting.patient(), waiting.request(), new SlotId((Long) target[0])));
        }
        return pairs;
    }

    Result run(List<BookingService> instances, List<Pair> pairs, int threads) throws InterruptedException {
        ConcurrentLinkedQueue<Pair> queue = new ConcurrentLinkedQueue<>(pairs);
        AtomicLong booked = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            BookingService service = instances.get(t % instances.size());
            pool.execute(() -> {
                Pair pair;
                while ((pair = queue.poll()) != null) {
                    BookingOutcome outcome = service.book(
                            new Book(pair.request(), pair.slot(), Actor.patient(pair.patient()), Optional.empty()));
                    (outcome instanceof BookingOutcome.Booked ? booked : refused).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("booking workload did not finish");
        }
        return new Result(booked.get(), refused.get(), (System.nanoTime() - start) / 1e9);
    }
}
