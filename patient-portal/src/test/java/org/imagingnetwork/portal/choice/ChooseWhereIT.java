package org.imagingnetwork.portal.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.portal.support.Journeys;
import org.imagingnetwork.portal.support.PortalClient;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Choose where" shows every site that can do the exam for this patient, and only those: the age
 * each site sees, the room's equipment and table, sedation cover, the referral's own limits; sorted
 * by distance or earliest time, and narrowed by the patient's filters. The test network: Portal
 * General (Birmingham, about 1 mile from B15, sees all ages, evening lists), the Community
 * Diagnostic Centre (West Bromwich, about 5 miles, adults only, also open at weekends) and the Royal
 * Infirmary (Worcester, about 22 miles, children from 5, not step-free).
 */
class ChooseWhereIT {

    private static final String GENERAL = "Portal General Hospital";
    private static final String CDC = "Portal Community Diagnostic Centre";
    private static final String ROYAL = "Portal Royal Infirmary";
    private static final Pattern SITE = Pattern.compile("<h2 class=\"nhsuk-card__heading[^\"]*\">([^<]+)</h2>");
    private static final Pattern EARLIEST =
            Pattern.compile("Earliest appointment</dt>\\s*<dd class=\"nhsuk-summary-list__value\">([^<]+)</dd>");
    private static final Pattern MILES =
            Pattern.compile("Distance</dt>\\s*<dd class=\"nhsuk-summary-list__value\">([0-9.]+) miles</dd>");

    private static PortalServer portal;

    @BeforeAll
    static void start() {
        portal = PortalServer.get();
    }

    @Test
    void sortsByDistanceOrEarliestAndNarrowsByThePatientsFilters() {
        Journeys.Waiting adult = Journeys.waitingAdult(portal, PortalFixture.MRI_BRAIN);
        String where = "/referrals/" + adult.request() + "/where";
        PortalClient client = adult.client();

        assertThat(sites(client, where + "?sort=distance")).containsExactly(GENERAL, CDC, ROYAL);
        assertThat(miles(client, where + "?sort=distance")).isSorted();
        List<ShownTime> earliest = earliest(client, where + "?sort=earliest");
        assertThat(earliest).hasSize(3).isSorted();
        assertThat(earliest(client, where)).as("earliest first unless asked").isEqualTo(earliest);

        assertThat(sites(client, where + "?sort=distance&maxMiles=10")).containsExactly(GENERAL, CDC);
        assertThat(sites(client, where + "?sort=distance&stepFree=yes")).containsExactly(GENERAL, CDC);
        assertThat(sites(client, where + "?times=weekend")).containsExactly(CDC);
        assertThat(sites(client, where + "?times=evening&sort=distance")).containsExactly(GENERAL, CDC, ROYAL);
        assertThat(sites(client, where + "?times=afternoon")).isEmpty();
        assertThat(client.get(where + "?times=afternoon").body())
                .contains("No places have a free appointment that matches");
        for (ShownTime time : earliest(client, where + "?times=morning")) {
            assertThat(time.time()).isBefore(LocalTime.NOON);
        }
        for (ShownTime time : earliest(client, where + "?times=evening")) {
            assertThat(time.time()).isAfterOrEqualTo(LocalTime.of(17, 0));
        }

        // The referral's own limit on travel applies whatever the patient picks.
        jdbi().useHandle(h -> h.createUpdate("update request set max_travel_km = 20 where id = :id")
                .bind("id", adult.request())
                .execute());
        assertThat(sites(client, where + "?sort=distance")).containsExactly(GENERAL, CDC);
    }

    @Test
    void childrenSeeOnlyTheSitesThatSeeTheirAge() {
        PortalFixture fixture = portal.fixture();
        PortalFixture.Patient nine = fixture.patient("Kit", PortalServer.today().minusYears(9), "B15 2TT", "EN");
        long ninesRequest = fixture.waitingRequest(nine, PortalFixture.MRI_BRAIN);
        PortalClient nineClient = Journeys.signedIn(portal, nine);
        assertThat(sites(nineClient, "/referrals/" + ninesRequest + "/where?sort=distance"))
                .containsExactly(GENERAL, ROYAL);
        assertThat(nineClient
                        .get("/referrals/" + ninesRequest + "/where/" + PortalFixture.CDC)
                        .statusCode())
                .as("an adults-only site's times")
                .isEqualTo(404);

        PortalFixture.Patient three =
                fixture.patient("Ola", PortalServer.today().minusYears(3), "B15 2TT", "EN");
        long threesRequest = fixture.waitingRequest(three, PortalFixture.MRI_BRAIN);
        assertThat(sites(Journeys.signedIn(portal, three), "/referrals/" + threesRequest + "/where"))
                .containsExactly(GENERAL);
    }

    @Test
    void equipmentTableWeightAndSedationCoverNarrowTheSites() {
        // Sedation-trained staff cover the General's MRI lists, and no other site's.
        jdbi().useHandle(h -> {
            h.execute("""
                    insert into staff (id, name, role, skills, trust_ods_code, contracted_hours_per_week)
                    values ('ZP-SEDATION-1', 'Sam Sedation', 'NURSE', '{SEDATION}', 'ZP1', 37)
                    on conflict do nothing
                    """);
            h.execute("""
                    insert into session_staff (session_id, staff_id)
                    select id, 'ZP-SEDATION-1' from session where room_id = 'ZP1AA-MR1'
                    on conflict do nothing
                    """);
        });
        assertThat(sitesFor(PortalFixture.MRI_BRAIN, "needs_sedation = true")).containsExactly(GENERAL);
        assertThat(sitesFor(PortalFixture.MRI_BRAIN, "needs_general_anaesthetic = true"))
                .as("no MRI room supports a general anaesthetic")
                .isEmpty();
        assertThat(sitesFor(PortalFixture.MRI_BRAIN, "weight_kg = 160"))
                .as("MRI tables take 150 kg")
                .isEmpty();
        assertThat(sitesFor(PortalFixture.CT_CAP, "weight_kg = 240")).containsExactly(GENERAL);
        assertThat(sitesFor(PortalFixture.CT_CAP, "weight_kg = 260")).isEmpty();
        assertThat(sitesFor(PortalFixture.CHEST_XRAY, "weight_kg = 80")).containsExactly(ROYAL);
    }

    /** The sites a new adult patient's referral with this need is shown, nearest first. */
    private static List<String> sitesFor(String exam, String need) {
        Journeys.Waiting waiting = Journeys.waitingAdult(portal, exam);
        jdbi().useHandle(h -> h.createUpdate("update request set " + need + " where id = :id")
                .bind("id", waiting.request())
                .execute());
        return sites(waiting.client(), "/referrals/" + waiting.request() + "/where?sort=distance");
    }

    private static List<String> sites(PortalClient client, String path) {
        return all(SITE, client, path);
    }

    private static List<Double> miles(PortalClient client, String path) {
        return all(MILES, client, path).stream().map(Double::parseDouble).toList();
    }

    /** A site's earliest time as the page writes it: "Thursday 3 December 2026, 9:30am". */
    record ShownTime(LocalDate day, LocalTime time) implements Comparable<ShownTime> {
        private static final Pattern TIME = Pattern.compile("([0-9]{1,2})(?::([0-9]{2}))?(am|pm)");

        static ShownTime parse(String text) {
            int comma = text.lastIndexOf(", ");
            LocalDate day = LocalDate.parse(
                    text.substring(0, comma), DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
            Matcher m = TIME.matcher(text.substring(comma + 2));
            assertThat(m.matches()).as(text).isTrue();
            int hour = Integer.parseInt(m.group(1)) % 12 + ("pm".equals(m.group(3)) ? 12 : 0);
            return new ShownTime(day, LocalTime.of(hour, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        }

        @Override
        public int compareTo(ShownTime other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : time.compareTo(other.time);
        }
    }

    private static List<ShownTime> earliest(PortalClient client, String path) {
        return all(EARLIEST, client, path).stream().map(ShownTime::parse).toList();
    }

    private static List<String> all(Pattern pattern, PortalClient client, String path) {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Matcher m = pattern.matcher(response.body());
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    private static Jdbi jdbi() {
        return portal.context().getBean(Jdbi.class);
    }
}
