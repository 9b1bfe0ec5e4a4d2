package org.imagingnetwork.console.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network diary over HTTP: the grid, scope, form tokens, bad input and audit rows. */
class DiaryIT {

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
    void aSitesWeekShowsEachSessionsStaffAndSlotCounts() {
        DiaryData.BookedSession booked = data.bookedSession(console.staff().trustA(), 0);
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));

        HttpResponse<String> week = manager.get("/diary?site=" + booked.site() + "&date=" + booked.day());

        assertThat(week.statusCode()).isEqualTo(200);
        Map<String, Object> counts = jdbi.withHandle(
                h -> h.createQuery("""
                        select count(*) filter (where status = 'BOOKED') as booked,
                               count(*) filter (where status = 'FREE') as free
                        from slot where session_id = :s""").bind("s", booked.session()).mapToMap().one());
        String staff = jdbi.withHandle(h -> h.createQuery("""
                        select st.name from session_staff ss join staff st on st.id = ss.staff_id
                        where ss.session_id = :s order by st.name limit 1""")
                .bind("s", booked.session())
                .mapTo(String.class)
                .one());
        String cell = sessionCell(week.body(), booked.session());
        assertThat(cell)
                .contains("/diary/sessions/" + booked.session())
                .contains(counts.get("booked") + " booked, " + counts.get("free") + " free, 0 blocked")
                .contains("Utilisation ")
                .contains(staff);
        long sessionsThatWeek = data.count(
                """
                select count(*) from session se join room ro on ro.id = se.room_id
                where ro.site_ods_code = :site and se.clinic_date between :monday and :monday + 6""",
                Map.of(
                        "site",
                        booked.site(),
                        "monday",
                        LocalDate.parse(booked.day()).with(java.time.DayOfWeek.MONDAY)));
        assertThat(week.body().split("data-session=", -1)).hasSize((int) sessionsThatWeek + 1);

        HttpResponse<String> day = manager.get("/diary?site=" + booked.site() + "&view=day&date=" + booked.day());
        assertThat(day.body()).contains("data-session=\"" + booked.session() + "\"");
    }

    @Test
    void aGridIsForASiteATrustOrAModalityAndNamesWhatItCannotRead() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        assertThat(clerk.get("/diary").body()).contains("Choose a site, a trust or a modality");
        assertThat(clerk.get("/diary?modality=CT").statusCode()).isEqualTo(200);

        HttpResponse<String> bad = clerk.get("/diary?modality=PET&date=next-monday&view=month");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("There is a problem")
                .contains("href=\"#modality\"")
                .contains("href=\"#date\"")
                .contains("href=\"#view\"")
                .doesNotContain("data-session=");
    }

    @Test
    void aDiaryManagerOfAnotherTrustFindsNothingOfTrustA() {
        DiaryData.BookedSession ofA = data.bookedSession(console.staff().trustA(), 1);
        long freeSlotOfA = data.freeSlot(console.staff().trustA(), 0);
        List<String> outboxBefore = data.slotOutbox(freeSlotOfA);
        StaffClient managerOfB = console.signIn(console.staff().ofTrustB(Role.DIARY_MANAGER));

        assertThat(managerOfB.get("/diary?site=" + ofA.site()).statusCode()).isEqualTo(404);
        assertThat(managerOfB.get("/diary?trust=" + console.staff().trustA()).statusCode())
                .isEqualTo(404);
        assertThat(managerOfB.get("/diary/sessions/" + ofA.session()).statusCode())
                .isEqualTo(404);
        assertThat(managerOfB.get("/diary/sessions/" + ofA.session() + "/block").statusCode())
                .isEqualTo(404);
        assertThat(managerOfB.get("/diary/rebooking?site=" + ofA.site()).statusCode())
                .isEqualTo(404);
        assertThat(managerOfB.get("/diary/sessions/new?site=" + ofA.site()).statusCode())
                .isEqualTo(404);
        managerOfB.get("/diary?modality=CT");

        HttpResponse<String> blockSlot =
                managerOfB.submit("/diary/slots/" + freeSlotOfA + "/block", blockReason("EQUIPMENT_FAULT", ""));
        HttpResponse<String> blockSession =
                managerOfB.submit("/diary/sessions/" + ofA.session() + "/block", blockReason("STAFF_SICKNESS", ""));

        assertThat(blockSlot.statusCode()).isEqualTo(404);
        assertThat(blockSession.statusCode()).isEqualTo(404);
        assertThat(data.slotStatus(freeSlotOfA)).isEqualTo("FREE");
        assertThat(data.sessionStatus(ofA.session())).isEqualTo("RELEASED");
        assertThat(data.slotOutbox(freeSlotOfA)).isEqualTo(outboxBefore);
    }

    @Test
    void everyDiaryPostWithoutTheFormTokenIsRefusedAndChangesNothing() {
        DiaryData.BookedSession session = data.bookedSession(console.staff().trustA(), 2);
        long freeSlot = data.freeSlot(console.staff().trustA(), 1);
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
        long sessions = data.count("select count(*) from session", Map.of());

        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put("/diary/sessions/" + session.session() + "/block", blockReason("EQUIPMENT_FAULT", ""));
        posts.put("/diary/sessions/" + session.session() + "/release", Map.of("reason", "Fixed"));
        posts.put("/diary/slots/" + freeSlot + "/block", blockReason("EQUIPMENT_FAULT", ""));
        posts.put("/diary/slots/" + freeSlot + "/release", Map.of("reason", "Fixed"));
        posts.put(
                "/diary/sessions",
                adHoc(
                        session.site(),
                        session.room(),
                        LocalDate.parse(session.day()).plusDays(1)));
        for (Map.Entry<String, Map<String, String>> post : posts.entrySet()) {
            assertThat(manager.post(post.getKey(), post.getValue()).statusCode())
                    .as("POST %s without a token", post.getKey())
                    .isEqualTo(403);
            Map<String, String> forged = new LinkedHashMap<>(post.getValue());
            forged.put("csrfToken", "not-the-sessions-token");
            assertThat(manager.post(post.getKey(), forged).statusCode())
                    .as("POST %s with a wrong token", post.getKey())
                    .isEqualTo(403);
        }

        assertThat(data.sessionStatus(session.session())).isEqualTo("RELEASED");
        assertThat(data.slotStatus(freeSlot)).isEqualTo("FREE");
        assertThat(data.count("select count(*) from session", Map.of())).isEqualTo(sessions);
    }

    @Test
    void aClerkMaySeeTheDiaryButNotChangeIt() {
        DiaryData.BookedSession session = data.bookedSession(console.staff().trustA(), 3);
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        assertThat(clerk.get("/diary/sessions/" + session.session()).body()).doesNotContain("Block this session");
        // Without the permission, a route answers as one that does not exist.
        assertThat(clerk.get("/diary/sessions/" + session.session() + "/block").statusCode())
                .isEqualTo(404);
        assertThat(clerk.submit("/diary/sessions/" + session.session() + "/block", blockReason("OTHER", "x"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(data.sessionStatus(session.session())).isEqualTo("RELEASED");
    }

    @Test
    void badInputIsNamedByFieldAndChangesNothing() {
        DiaryData.BookedSession session = data.bookedSession(console.staff().trustA(), 4);
        long freeSlot = data.freeSlot(console.staff().trustA(), 2);
        List<String> outboxBefore = data.slotOutbox(freeSlot);
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
        manager.get("/diary/sessions/" + session.session());

        HttpResponse<String> noReason =
                manager.submit("/diary/sessions/" + session.session() + "/block", Map.of("reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#reasonKind\"");

        HttpResponse<String> otherWithoutWords =
                manager.submit("/diary/slots/" + freeSlot + "/block", blockReason("OTHER", ""));
        assertThat(otherWithoutWords.statusCode()).isEqualTo(400);
        assertThat(otherWithoutWords.body()).contains("href=\"#reason\"").contains("Say what the other reason is");

        HttpResponse<String> notBlocked =
                manager.submit("/diary/slots/" + freeSlot + "/release", Map.of("reason", "Engineer came"));
        assertThat(notBlocked.statusCode()).isEqualTo(400);
        assertThat(notBlocked.body()).contains("href=\"#slot\"").contains("This slot is not blocked");

        assertThat(manager.get("/diary/sessions/999999999").statusCode()).isEqualTo(404);
        assertThat(manager.submit("/diary/slots/999999999/block", blockReason("EQUIPMENT_FAULT", ""))
                        .statusCode())
                .isEqualTo(404);
        assertThat(manager.submit("/diary/sessions/999999999/release", Map.of("reason", "x"))
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> badTimes = manager.submit(
                "/diary/sessions",
                Map.of(
                        "site",
                        session.site(),
                        "room",
                        session.room(),
                        "clinicDay",
                        "tomorrow",
                        "from",
                        "9am",
                        "to",
                        "17:00",
                        "sessionType",
                        "CT_GENERAL",
                        "reason",
                        "Extra list"));
        assertThat(badTimes.statusCode()).isEqualTo(400);
        assertThat(badTimes.body()).contains("href=\"#clinicDay\"").contains("href=\"#from\"");

        assertThat(data.sessionStatus(session.session())).isEqualTo("RELEASED");
        assertThat(data.slotStatus(freeSlot)).isEqualTo("FREE");
        assertThat(data.slotOutbox(freeSlot)).isEqualTo(outboxBefore);
    }

    @Test
    void aBlockInThePastIsRefusedByFieldAndChangesNothing() {
        long slot = data.freeSlot(console.staff().trustA(), 3);
        List<String> outboxBefore = data.slotOutbox(slot);
        // Moves the slot to yesterday morning (no diary is loaded before next week, so nothing overlaps).
        ZonedDateTime yesterday = London.clinicDay(java.time.Instant.now())
                .minusDays(1)
                .atTime(LocalTime.of(9, 0))
                .atZone(London.ZONE);
        jdbi.useHandle(h -> h.createUpdate("update slot set starts_at = :from, ends_at = :to where id = :id")
                .bind("from", yesterday.toOffsetDateTime())
                .bind("to", yesterday.plusMinutes(20).toOffsetDateTime())
                .bind("id", slot)
                .execute());
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
        manager.get("/diary/slots/" + slot + "/block");
        long audits = data.count("select count(*) from audit_log where action like 'DIARY_%'", Map.of());

        HttpResponse<String> past =
                manager.submit("/diary/slots/" + slot + "/block", blockReason("EQUIPMENT_FAULT", "Tube"));

        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("href=\"#slot\"").contains("already passed");
        assertThat(data.slotStatus(slot)).isEqualTo("FREE");
        assertThat(data.slotOutbox(slot)).isEqualTo(outboxBefore);
        assertThat(data.count("select count(*) from audit_log where action like 'DIARY_%'", Map.of()))
                .isEqualTo(audits);
    }

    @Test
    void blockingAndReleasingASlotIsAuditedAsTheManagerWithTheReason() {
        long slot = data.freeSlot(console.staff().trustA(), 4);
        List<String> outboxBefore = data.slotOutbox(slot);
        var member = console.staff().ofTrustA(Role.DIARY_MANAGER);
        StaffClient manager = console.signIn(member);
        manager.get("/diary/slots/" + slot + "/block");

        HttpResponse<String> blocked =
                manager.submit("/diary/slots/" + slot + "/block", blockReason("EQUIPMENT_FAULT", "Tube warming fault"));

        assertThat(blocked.statusCode()).isEqualTo(303);
        assertThat(manager.follow(blocked).body())
                .contains("Slot blocked")
                .contains("Equipment fault: Tube warming fault");
        assertThat(data.slotStatus(slot)).isEqualTo("BLOCKED");
        assertThat(data.slotOutbox(slot)).isEqualTo(plus(outboxBefore, "BLOCKED"));
        Map<String, Object> audit = data.lastAudit("DIARY_SLOT_BLOCKED");
        assertThat(audit.get("actor")).isEqualTo("staff:" + member.userId());
        assertThat(audit.get("actor_role")).isEqualTo("DIARY_MANAGER");
        assertThat(audit.get("actor_organisation")).isEqualTo(console.staff().trustA());
        assertThat(audit.get("reason")).isEqualTo("Equipment fault: Tube warming fault");

        manager.get("/diary/slots/" + slot + "/release");
        HttpResponse<String> released =
                manager.submit("/diary/slots/" + slot + "/release", Map.of("reason", "Engineer replaced the tube"));
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(data.slotStatus(slot)).isEqualTo("FREE");
        assertThat(data.slotOutbox(slot)).isEqualTo(plus(outboxBefore, "BLOCKED", "FREE"));
        assertThat(data.lastAudit("DIARY_SLOT_RELEASED").get("reason")).isEqualTo("Engineer replaced the tube");
    }

    @Test
    void anAdHocSessionOpensForBookingWithItsSlotsAndStaff() {
        DiaryData.BookedSession near = data.bookedSession(console.staff().trustA(), 5);
        LocalDate sunday =
                LocalDate.parse(near.day()).with(java.time.DayOfWeek.SUNDAY).plusWeeks(2);
        Map<String, Object> room = jdbi.withHandle(h -> h.createQuery("""
                        select ro.id, ro.modality, ro.site_ods_code from room ro
                        join site si on si.ods_code = ro.site_ods_code and si.trust_ods_code = :t
                        where ro.modality = 'CT' order by ro.id limit 1""")
                .bind("t", console.staff().trustA())
                .mapToMap()
                .one());
        String staffId = jdbi.withHandle(h -> h.createQuery("""
                        select st.id from staff st join staff_home_site hs on hs.staff_id = st.id
                        where hs.site_ods_code = :site order by st.id limit 1""")
                .bind("site", room.get("site_ods_code"))
                .mapTo(String.class)
                .one());
        StaffClient manager = console.signIn(console.staff().ofTrustA(Role.DIARY_MANAGER));
        assertThat(manager.get("/diary/sessions/new?site=" + room.get("site_ods_code"))
                        .body())
                .contains("value=\"" + room.get("id") + "\"")
                .contains("value=\"" + staffId + "\"");

        Map<String, String> form = adHoc((String) room.get("site_ods_code"), (String) room.get("id"), sunday);
        HttpResponse<String> added = manager.submit("/diary/sessions", withStaff(form, staffId));

        assertThat(added.statusCode()).isEqualTo(303);
        String location = added.headers().firstValue("Location").orElseThrow();
        long session = Long.parseLong(location.replaceAll("^/diary/sessions/(\\d+).*$", "$1"));
        assertThat(data.sessionStatus(session)).isEqualTo("RELEASED");
        assertThat(data.count(
                        "select count(*) from slot where session_id = :s and status = 'FREE'", Map.of("s", session)))
                .isGreaterThan(0);
        assertThat(data.count("select count(*) from session_staff where session_id = :s", Map.of("s", session)))
                .isEqualTo(1);
        assertThat(data.lastAudit("DIARY_SESSION_ADDED").get("reason")).isEqualTo("Extra list for the backlog");

        HttpResponse<String> again = manager.submit("/diary/sessions", form);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("href=\"#from\"").contains("already has a session");
    }

    /** The outbox statuses before a change, and those the change added, in order. */
    static List<String> plus(List<String> before, String... added) {
        List<String> all = new java.util.ArrayList<>(before);
        all.addAll(List.of(added));
        return all;
    }

    static Map<String, String> blockReason(String kind, String details) {
        return Map.of("reasonKind", kind, "reason", details);
    }

    static Map<String, String> adHoc(String site, String room, LocalDate day) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("site", site);
        form.put("room", room);
        form.put("clinicDay", day.toString());
        form.put("from", "13:00");
        form.put("to", "15:00");
        form.put("sessionType", "CT_GENERAL");
        form.put("reason", "Extra list for the backlog");
        return form;
    }

    private static Map<String, String> withStaff(Map<String, String> form, String staff) {
        Map<String, String> with = new LinkedHashMap<>(form);
        with.put("staff", staff);
        return with;
    }

    /** The grid cell of one session, from its marker to the next. */
    static String sessionCell(String page, long session) {
        int start = page.indexOf("data-session=\"" + session + "\"");
        assertThat(start).as("session %d in the grid", session).isPositive();
        int end = page.indexOf("data-session=", start + 10);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
