package org.imagingnetwork.console.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network waiting list over HTTP: scope, filters, order, bad filters and the CSV export. */
class WorklistIT {

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void aClerkSeesTheirTrustsRequestsAndTheirSitesBookingsOnly() {
        long crossTrust = bookTrustBReferralAtTrustASite();
        String a = console.staff().trustA();
        DemoStaff.Member clerkMember = console.staff().ofTrustA(Role.BOOKINGS_CLERK);
        StaffClient clerk = console.signIn(clerkMember);

        List<Map<String, String>> rows = csv(clerk.get("/worklist/export.csv"));

        Set<String> aSites =
                Set.copyOf(jdbi.withHandle(h -> h.createQuery("select name from site where trust_ods_code = :t")
                        .bind("t", a)
                        .mapTo(String.class)
                        .list()));
        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .allSatisfy(r -> assertThat(
                                r.get("referring_trust").equals(a) || aSites.contains(r.get("appointment_site")))
                        .as("request %s is trust A's or booked at an A site", r.get("request"))
                        .isTrue());
        assertThat(rows).extracting(r -> r.get("request")).contains(String.valueOf(crossTrust));
        long waitingOfA = jdbi.withHandle(
                h -> h.createQuery("""
                        select count(*) from request where referring_trust = :t
                          and state in ('RECEIVED', 'VETTED', 'WAITING', 'APPOINTED', 'DID_NOT_ATTEND')""").bind("t", a).mapTo(Long.class).one());
        assertThat(rows.stream().filter(r -> r.get("referring_trust").equals(a)))
                .hasSize((int) waitingOfA);

        Map<String, Object> audit =
                jdbi.withHandle(h -> h.createQuery("select actor, actor_role, actor_organisation, detail from audit_log"
                                + " where action = 'WORKLIST_EXPORTED' order by id desc limit 1")
                        .mapToMap()
                        .one());
        assertThat(audit.get("actor")).isEqualTo("staff:" + clerkMember.userId());
        assertThat(audit.get("actor_role")).isEqualTo("BOOKINGS_CLERK");
        assertThat(audit.get("actor_organisation")).isEqualTo(a);
        assertThat((String) audit.get("detail")).startsWith(rows.size() + " requests");

        StaffClient clerkOfB = console.signIn(console.staff().ofTrustB(Role.BOOKINGS_CLERK));
        List<Map<String, String>> rowsOfB = csv(clerkOfB.get("/worklist/export.csv"));
        assertThat(rowsOfB).extracting(r -> r.get("request")).contains(String.valueOf(crossTrust));
        assertThat(rowsOfB).noneMatch(r -> r.get("referring_trust").equals(a));
    }

    @Test
    void theListIsInClinicalOrderAndPaged() {
        StaffClient manager = console.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));
        List<Map<String, String>> rows = csv(manager.get("/worklist/export.csv"));
        List<String> order = List.of("URGENT", "TWO_WEEK_WAIT", "ROUTINE", "PLANNED");
        for (int i = 1; i < rows.size(); i++) {
            Map<String, String> before = rows.get(i - 1);
            Map<String, String> after = rows.get(i);
            int p = Integer.compare(order.indexOf(before.get("priority")), order.indexOf(after.get("priority")));
            assertThat(p).as("priority order at row %d", i).isLessThanOrEqualTo(0);
            if (p == 0) {
                assertThat(LocalDate.parse(before.get("breach_date")))
                        .as("breach order at row %d", i)
                        .isBeforeOrEqualTo(LocalDate.parse(after.get("breach_date")));
            }
        }
        HttpResponse<String> first = manager.get("/worklist");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains(String.format("%,d requests match", rows.size()));
        assertThat(first.body().split("<tr class=\"nhsuk-table__row\">", -1)).hasSize(1 + 1 + 25);
        assertThat(first.body()).contains("page=2");
    }

    @Test
    void filtersNarrowTheList() {
        StaffClient manager = console.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));
        List<Map<String, String>> urgentCt = csv(manager.get("/worklist/export.csv?priority=URGENT&modality=CT"));
        assertThat(urgentCt).allSatisfy(r -> {
            assertThat(r.get("priority")).isEqualTo("URGENT");
            assertThat(r.get("modality")).isEqualTo("CT");
        });
        List<Map<String, String>> longWaits = csv(manager.get("/worklist/export.csv?band=6"));
        assertThat(longWaits)
                .isNotEmpty()
                .allSatisfy(
                        r -> assertThat(Integer.parseInt(r.get("weeks_waited"))).isBetween(5, 7));
        List<Map<String, String>> shortNotice = csv(manager.get("/worklist/export.csv?shortNotice=true"));
        assertThat(shortNotice)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("short_notice")).isEqualTo("true"));
        List<Map<String, String>> received = csv(manager.get("/worklist/export.csv?state=RECEIVED"));
        assertThat(received)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("state")).isEqualTo("RECEIVED"));
    }

    @Test
    void noSlotBeforeBreachFindsThePatientsNoSiteCanSeeInTime() {
        Map<String, Object> request = jdbi.withHandle(h -> h.createQuery("""
                        select r.id, r.exam_code from request r
                        where r.state = 'WAITING' and r.referring_trust = :t
                          and not exists (select 1 from appointment a where a.request_id = r.id)
                        order by r.id limit 1""")
                .bind("t", console.staff().trustA())
                .mapToMap()
                .one());
        long id = ((Number) request.get("id")).longValue();
        StaffClient manager = console.signIn(console.staff().ofNetwork(Role.SERVICE_MANAGER));

        setBreach(id, LocalDate.now().minusDays(1));
        assertThat(csv(manager.get("/worklist/export.csv?noSlotBeforeBreach=true")))
                .extracting(r -> r.get("request"))
                .contains(String.valueOf(id));

        setBreach(id, LocalDate.now().plusYears(1));
        assertThat(csv(manager.get("/worklist/export.csv?noSlotBeforeBreach=true")))
                .extracting(r -> r.get("request"))
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void aBadFilterIsNamedAndNothingIsListed() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        HttpResponse<String> page = clerk.get("/worklist?band=99&breachBy=next-week&modality=PET");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("There is a problem")
                .contains("href=\"#band\"")
                .contains("href=\"#breachBy\"")
                .contains("href=\"#modality\"")
                .doesNotContain("requests match");

        HttpResponse<String> export = clerk.get("/worklist/export.csv?breachBy=31/12/2026");
        assertThat(export.statusCode()).isEqualTo(400);
        assertThat(export.body()).startsWith("breachBy: ");
    }

    private static void setBreach(long request, LocalDate breach) {
        jdbi.useHandle(h -> h.createUpdate("update request set breach_date = :d where id = :id")
                .bind("d", breach)
                .bind("id", request)
                .execute());
    }

    /** Books a waiting request referred by trust B into a free slot at one of trust A's sites. */
    private static long bookTrustBReferralAtTrustASite() {
        BookingService bookings = console.context().getBean(BookingService.class);
        List<Map<String, Object>> pairs = jdbi.withHandle(h -> h.createQuery("""
                        select r.id as request, s.id as slot
                        from request r
                        join session se on r.exam_code = any(se.allowed_exams) and se.status = 'RELEASED'
                        join room ro on ro.id = se.room_id
                        join site si on si.ods_code = ro.site_ods_code and si.trust_ods_code = :a
                        join slot s on s.session_id = se.id and s.status = 'FREE' and s.starts_at > now() + interval '1 day'
                        join patient p on p.id = r.patient_id
                        where r.referring_trust = :b and r.state = 'WAITING' and cardinality(r.acceptable_sites) = 0
                          and r.max_travel_km is null and not r.needs_sedation and not r.needs_general_anaesthetic
                          and extract(year from age(p.date_of_birth)) >= 18
                        order by r.id, s.starts_at limit 200""")
                .bind("a", console.staff().trustA())
                .bind("b", console.staff().trustB())
                .mapToMap()
                .list());
        for (Map<String, Object> pair : pairs) {
            BookingOutcome outcome = bookings.book(new Book(
                    new RequestId(((Number) pair.get("request")).longValue()),
                    new SlotId(((Number) pair.get("slot")).longValue()),
                    Actor.staff("test-setup"),
                    java.util.Optional.empty()));
            if (outcome instanceof BookingOutcome.Booked) {
                return ((Number) pair.get("request")).longValue();
            }
        }
        throw new IllegalStateException("no trust B referral could be booked at a trust A site");
    }

    static List<Map<String, String>> csv(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = response.body().split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        return Arrays.stream(lines)
                .skip(1)
                .filter(l -> !l.isEmpty())
                .map(WorklistIT::fields)
                .map(f -> header.stream()
                        .collect(Collectors.toMap(
                                k -> k, k -> f.get(header.indexOf(k)), (x, y) -> x, java.util.LinkedHashMap::new)))
                .collect(Collectors.toList());
    }

    /** Splits one CSV line, honouring quoted fields. */
    private static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
