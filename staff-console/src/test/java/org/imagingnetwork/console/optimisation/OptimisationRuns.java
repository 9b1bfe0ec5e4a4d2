package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;

/** Starting and following runs over HTTP and in the browser, for the optimisation tests. */
final class OptimisationRuns {

    private OptimisationRuns() {}

    static LocalDate nextMonday() {
        return London.clinicDay(java.time.Instant.now()).with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    }

    /** The modality with most patients waiting in the ICS that has free slots there next week. */
    static String busiestModality(Jdbi jdbi, String ics) {
        LocalDate monday = nextMonday();
        return jdbi.withHandle(h -> h.createQuery("""
                        select e.modality from request q join exam e on e.code = q.exam_code
                        join trust t on t.ods_code = q.referring_trust
                        where q.state = 'WAITING' and t.ics_code = :ics
                          and exists (select 1 from slot sl join session se on se.id = sl.session_id
                                      join room r on r.id = se.room_id join site s on s.ods_code = r.site_ods_code
                                      join trust st on st.ods_code = s.trust_ods_code
                                      where st.ics_code = :ics and r.modality = e.modality and sl.status = 'FREE'
                                        and se.status = 'RELEASED' and se.clinic_date between :first and :last)
                        group by e.modality order by count(*) desc, e.modality limit 1
                        """)
                .bind("ics", ics)
                .bind("first", monday)
                .bind("last", monday.plusDays(6))
                .mapTo(String.class)
                .one());
    }

    static Map<String, String> allocation(String scope, String modality, int seconds) {
        return form("ALLOCATION", scope, modality, seconds);
    }

    static Map<String, String> diary(String scope, String modality, int seconds) {
        return form("DIARY", scope, modality, seconds);
    }

    private static Map<String, String> form(String kind, String scope, String modality, int seconds) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", kind);
        form.put("scope", scope);
        form.put("modality", modality);
        form.put("firstDay", nextMonday().toString());
        form.put("weeks", "1");
        form.put("seconds", String.valueOf(seconds));
        return form;
    }

    /** Starts a run as the signed-in manager (preview first, as the page does) and returns its id. */
    static UUID start(StaffClient client, Map<String, String> form) {
        HttpResponse<String> preview = client.get("/optimisation/new?" + query(form));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        HttpResponse<String> started = client.submit("/optimisation/runs", form);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/optimisation/runs/");
        return UUID.fromString(location.substring("/optimisation/runs/".length()));
    }

    static String state(Jdbi jdbi, UUID run) {
        return jdbi.withHandle(h -> h.createQuery("select state from optimisation_run where id = :id")
                .bind("id", run)
                .mapTo(String.class)
                .one());
    }

    /** Waits until the run reaches one of these states. */
    static String awaitState(Jdbi jdbi, UUID run, Duration within, String... states) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        String state = state(jdbi, run);
        while (!java.util.List.of(states).contains(state) && System.nanoTime() < until) {
            Thread.sleep(100);
            state = state(jdbi, run);
        }
        return state;
    }

    /** A room of the ICS and a day from tomorrow on with patients booked into it and its sessions still open. */
    record BookedRoomDay(String room, LocalDate day, long booked) {}

    /**
     * The busiest such room-day whose room has at least as many free slots on its later days as the
     * day has patients, so a re-plan can move some of them even after earlier tests in the run (an
     * earlier closure's re-plan, bookings) have taken the free slots nearest the busiest day.
     */
    static BookedRoomDay bookedRoomDay(Jdbi jdbi, String ics) {
        LocalDate tomorrow = London.clinicDay(java.time.Instant.now()).plusDays(1);
        return jdbi.withHandle(h -> h.createQuery("""
                        select se.room_id, se.clinic_date, count(*) as booked
                        from appointment a join slot sl on sl.id = a.slot_id join session se on se.id = sl.session_id
                        join room r on r.id = se.room_id join site s on s.ods_code = r.site_ods_code
                        join trust t on t.ods_code = s.trust_ods_code
                        where t.ics_code = :ics and a.status = 'BOOKED' and se.clinic_date >= :tomorrow
                          and not exists (select 1 from session o where o.room_id = se.room_id
                                          and o.clinic_date = se.clinic_date and o.status <> 'RELEASED')
                        group by se.room_id, se.clinic_date
                        order by (select count(*) from slot f join session fs on fs.id = f.session_id
                                  where fs.room_id = se.room_id and fs.clinic_date > se.clinic_date
                                    and fs.status = 'RELEASED' and f.status = 'FREE') >= count(*) desc,
                                 count(*) desc, se.clinic_date, se.room_id
                        limit 1
                        """)
                .bind("ics", ics)
                .bind("tomorrow", tomorrow)
                .map((rs, ctx) -> new BookedRoomDay(
                        rs.getString("room_id"), rs.getObject("clinic_date", LocalDate.class), rs.getLong("booked")))
                .one());
    }

    /** The scanner-down form for one day of a room, as the diary grid's link opens it and the manager fills it. */
    static Map<String, String> closure(BookedRoomDay where, String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("room", where.room());
        form.put("firstDay", where.day().toString());
        form.put("days", "1");
        form.put("reason", reason);
        form.put("seconds", "3");
        return form;
    }

    /**
     * Waits for the time-limit bar to pass a value, as the page's events move it; returns the value.
     * Polled from here: the console's content security policy rightly refuses the page-side eval
     * that Playwright's waitForFunction needs.
     */
    static double progressAbove(Page page, double above) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            String value = page.locator("#run-progress-bar").getAttribute("value");
            if (value != null && Double.parseDouble(value) > above) {
                return Double.parseDouble(value);
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the progress bar did not pass " + above);
    }

    static String query(Map<String, String> form) {
        StringBuilder q = new StringBuilder();
        form.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return q.toString();
    }
}
