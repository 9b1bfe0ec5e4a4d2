package org.imagingnetwork.console.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.choice.ChoiceRequests;
import org.imagingnetwork.core.choice.Exclusion;
import org.imagingnetwork.core.choice.WhereFilters;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Booking on behalf over HTTP: the network search, holding, booking, moving and cancelling as a
 * clerk of the referring trust, with audit rows; bad input and a time that has just gone change
 * nothing; a clerk of another trust finds none of it.
 */
class BookOnBehalfIT {

    private static final Pattern SITE = Pattern.compile("/sites/([A-Z0-9]+)\\?");
    private static final Pattern SLOT = Pattern.compile("id=\"slot-(\\d+)\"");

    private static ConsoleServer console;
    private static Jdbi jdbi;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
    }

    @Test
    void aClerkFindsHoldsBooksMovesAndCancelsEachAuditedAsThemselves() {
        DemoStaff.Member member = console.staff().ofTrustA(Role.BOOKINGS_CLERK);
        StaffClient clerk = console.signIn(member);
        long request = BookableRequests.next(console);

        HttpResponse<String> search = clerk.get("/requests/" + request + "/find");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("Why does a site not appear?");
        List<Long> slots = freeSlots(clerk, request, firstSite(search.body()));
        long first = slots.get(0);

        HttpResponse<String> held = hold(clerk, request, first);
        assertThat(held.statusCode()).isEqualTo(303);
        assertThat(held.headers().firstValue("Location")).hasValue("/requests/" + request + "/confirm?slot=" + first);
        assertThat(clerk.follow(held).body()).contains("Book this time").contains("held for 5 minutes");
        HttpResponse<String> booked = clerk.submit("/requests/" + request + "/confirm", Map.of("slot", "" + first));
        assertThat(booked.statusCode()).isEqualTo(303);
        assertThat(booked.headers().firstValue("Location")).hasValue("/requests/" + request + "?done=booked");
        assertThat(liveSlot(request)).isEqualTo(first);
        assertThat(state(request)).isEqualTo("APPOINTED");

        long second = slots.get(1);
        hold(clerk, request, second);
        clerk.get("/requests/" + request + "/confirm?slot=" + second);
        HttpResponse<String> noReason = clerk.submit("/requests/" + request + "/confirm", Map.of("slot", "" + second));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body())
                .contains("Enter why the appointment is moving")
                .contains("href=\"#reason\"");
        assertThat(liveSlot(request)).as("nothing moved without a reason").isEqualTo(first);
        HttpResponse<String> moved = clerk.submit(
                "/requests/" + request + "/confirm",
                Map.of("slot", "" + second, "reason", "Patient is away that week"));
        assertThat(moved.headers().firstValue("Location")).hasValue("/requests/" + request + "?done=moved");
        assertThat(liveSlot(request)).isEqualTo(second);
        assertThat(slotStatus(first)).isEqualTo("FREE");

        clerk.get("/requests/" + request + "/cancel");
        HttpResponse<String> unexplained =
                clerk.submit("/requests/" + request + "/cancel", Map.of("reason", " ", "stillNeeded", "yes"));
        assertThat(unexplained.statusCode()).isEqualTo(400);
        assertThat(unexplained.body()).contains("Enter why the appointment is cancelled");
        assertThat(liveSlot(request)).isEqualTo(second);
        HttpResponse<String> cancelled = clerk.submit(
                "/requests/" + request + "/cancel", Map.of("reason", "Patient is unwell", "stillNeeded", "yes"));
        assertThat(cancelled.headers().firstValue("Location")).hasValue("/requests/" + request + "?done=cancelled");
        assertThat(state(request)).isEqualTo("WAITING");
        assertThat(clerk.follow(cancelled).body()).contains("The appointment is cancelled.");

        List<Map<String, Object>> audit = jdbi.withHandle(h -> h.createQuery("""
                        select action, actor_role, actor_organisation, reason from audit_log
                        where actor = :actor and action like 'APPOINTMENT_%' order by id""")
                .bind("actor", "staff:" + member.userId())
                .mapToMap()
                .list());
        assertThat(audit)
                .extracting(r -> r.get("action"))
                .containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_MOVED", "APPOINTMENT_CANCELLED");
        assertThat(audit)
                .extracting(r -> r.get("reason"))
                .containsExactly("On the patient's behalf", "Patient is away that week", "Patient is unwell");
        assertThat(audit).allSatisfy(r -> {
            assertThat(r.get("actor_role")).isEqualTo("BOOKINGS_CLERK");
            assertThat(r.get("actor_organisation")).isEqualTo(console.staff().trustA());
        });
        long searchesShown = jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from audit_log where actor = :actor and action = 'PATIENT_SHOWN'
                          and detail = :detail""")
                .bind("actor", "staff:" + member.userId())
                .bind("detail", "network search for request " + request)
                .mapTo(Long.class)
                .one());
        assertThat(searchesShown).isEqualTo(1);
    }

    @Test
    void aTimeThatHasJustGoneIsSaidPlainlyAndNothingChanges() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        long request = BookableRequests.next(console);
        long slot = freeSlots(
                        clerk,
                        request,
                        firstSite(clerk.get("/requests/" + request + "/find").body()))
                .get(0);
        hold(clerk, request, slot);
        clerk.get("/requests/" + request + "/confirm?slot=" + slot);
        // Someone else's booking of this time, as the database would record it once their hold ran out.
        setSlotStatus(slot, "BOOKED");
        try {
            HttpResponse<String> gone = clerk.submit("/requests/" + request + "/confirm", Map.of("slot", "" + slot));

            assertThat(gone.statusCode()).isEqualTo(409);
            assertThat(gone.body()).contains("That time has just gone").contains("Choose another time");
            assertThat(state(request)).isEqualTo("WAITING");
            HttpResponse<String> holdingIt = hold(clerk, request, slot);
            assertThat(holdingIt.statusCode()).isEqualTo(409);
            assertThat(holdingIt.body()).contains("That time has just gone");
        } finally {
            setSlotStatus(slot, "FREE");
        }
    }

    @Test
    void badInputIsNamedAndChangesNothing() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        long request = BookableRequests.next(console);
        String site = firstSite(clerk.get("/requests/" + request + "/find").body());
        clerk.get("/requests/" + request + "/sites/" + site);

        HttpResponse<String> none = clerk.submit("/requests/" + request + "/hold", Map.of("site", site));
        HttpResponse<String> unknown =
                clerk.submit("/requests/" + request + "/hold", Map.of("site", site, "slot", "999999999"));
        HttpResponse<String> notANumber =
                clerk.submit("/requests/" + request + "/hold", Map.of("site", site, "slot", "ten o'clock"));
        HttpResponse<String> confirmUnknown =
                clerk.submit("/requests/" + request + "/confirm", Map.of("slot", "999999999"));

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Choose a time").contains("href=\"#slot\"");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Choose a time from the list");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(confirmUnknown.statusCode()).isEqualTo(409);
        assertThat(confirmUnknown.body()).contains("Choose the time again from the search");
        assertThat(state(request)).isEqualTo("WAITING");
        assertThat(clerk.get("/requests/" + request + "/confirm?slot=999999999").statusCode())
                .isEqualTo(404);
        assertThat(clerk.get("/requests/" + request + "/cancel").statusCode())
                .as("nothing to cancel")
                .isEqualTo(404);
    }

    @Test
    void whyASiteDoesNotAppearIsSaidForEachSiteLeftOut() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        long request = BookableRequests.next(console);
        List<Exclusion> excluded = console.context()
                .getBean(WhereSearch.class)
                .excluded(
                        console.context()
                                .getBean(ChoiceRequests.class)
                                .find(new RequestId(request))
                                .orElseThrow(),
                        WhereFilters.defaults());

        HttpResponse<String> page = clerk.get("/requests/" + request + "/find/why-not");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(excluded).isNotEmpty();
        for (Exclusion e : excluded) {
            assertThat(page.body()).contains(e.site().name().replace("'", "&#39;"));
        }
        assertThat(page.body()).contains(excluded.get(0).words().replace("'", "&#39;"));
    }

    @Test
    void aClerkOfAnotherTrustFindsNoneOfItAndChangesNothing() {
        StaffClient owner = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        long request = BookableRequests.next(console);
        String site = firstSite(owner.get("/requests/" + request + "/find").body());
        long slot = freeSlots(owner, request, site).get(0);
        StaffClient other = console.signIn(console.staff().ofTrustB(Role.BOOKINGS_CLERK));
        other.get("/home");

        for (String path : List.of("/find", "/find/why-not", "/sites/" + site, "/confirm?slot=" + slot, "/cancel")) {
            assertThat(other.get("/requests/" + request + path).statusCode())
                    .as(path)
                    .isEqualTo(404);
            assertThat(other.get("/requests/999999999" + path).statusCode())
                    .as("unknown " + path)
                    .isEqualTo(404);
        }
        assertThat(other.submit("/requests/" + request + "/hold", Map.of("site", site, "slot", "" + slot))
                        .statusCode())
                .isEqualTo(404);
        assertThat(other.submit("/requests/" + request + "/confirm", Map.of("slot", "" + slot))
                        .statusCode())
                .isEqualTo(404);
        assertThat(state(request)).isEqualTo("WAITING");
        assertThat(slotStatus(slot)).isEqualTo("FREE");
    }

    @Test
    void aRadiologistMayNotBook() {
        long request = BookableRequests.next(console);
        StaffClient radiologist = console.signIn(console.staff().ofTrustA(Role.VETTING_RADIOLOGIST));

        assertThat(radiologist.get("/requests/" + request + "/find").statusCode())
                .isEqualTo(404);
    }

    private static HttpResponse<String> hold(StaffClient clerk, long request, long slot) {
        String site = jdbi.withHandle(h -> h.createQuery(
                        "select ro.site_ods_code from slot s join room ro on ro.id = s.room_id where s.id = :id")
                .bind("id", slot)
                .mapTo(String.class)
                .one());
        return clerk.submit("/requests/" + request + "/hold", Map.of("site", site, "slot", "" + slot));
    }

    private static String firstSite(String searchPage) {
        Matcher m = SITE.matcher(searchPage);
        assertThat(m.find()).as("a site in the search").isTrue();
        return m.group(1);
    }

    /** The free times the site's page offers in its first week with any, at least two. */
    private static List<Long> freeSlots(StaffClient clerk, long request, String site) {
        Matcher m = SLOT.matcher(
                clerk.get("/requests/" + request + "/sites/" + site).body());
        List<Long> slots = new ArrayList<>();
        while (m.find()) {
            slots.add(Long.parseLong(m.group(1)));
        }
        assertThat(slots).hasSizeGreaterThanOrEqualTo(2);
        return slots;
    }

    private static String state(long request) {
        return jdbi.withHandle(h -> h.createQuery("select state from request where id = :id")
                .bind("id", request)
                .mapTo(String.class)
                .one());
    }

    private static long liveSlot(long request) {
        return jdbi.withHandle(
                h -> h.createQuery("select slot_id from appointment where request_id = :id and status = 'BOOKED'")
                        .bind("id", request)
                        .mapTo(Long.class)
                        .one());
    }

    private static String slotStatus(long slot) {
        return jdbi.withHandle(h -> h.createQuery("select status from slot where id = :id")
                .bind("id", slot)
                .mapTo(String.class)
                .one());
    }

    private static void setSlotStatus(long slot, String status) {
        jdbi.useHandle(h -> h.createUpdate("update slot set status = :status where id = :id")
                .bind("status", status)
                .bind("id", slot)
                .execute());
    }
}
