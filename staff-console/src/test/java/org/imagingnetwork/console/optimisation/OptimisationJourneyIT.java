package org.imagingnetwork.console.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.util.Map;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.PortalProcess;
import org.imagingnetwork.console.support.StaffBrowser;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service manager of one ICS optimises its waiting list in a real browser: starts a run, watches
 * it improve, stops it, reads why it scores as it does, compares it with a second run and publishes it,
 * and a patient it offered a slot then finds the offer in the patient portal (started beside the
 * console); and builds its diary the same way, reading what limits it, after which a waiting patient
 * finds a slot the published diary opened among the times they may choose in the portal.
 */
class OptimisationJourneyIT {

    /** The diary run's week: ahead of the allocation runs' week, so publishing it leaves theirs alone. */
    private static final LocalDate DIARY_WEEK = OptimisationRuns.nextMonday().plusWeeks(3);

    private static ConsoleServer console;
    private static String ics;
    private static String modality;

    @BeforeAll
    static void console() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        console = ConsoleServer.get();
        ics = console.staff().icsOfA();
        modality = OptimisationRuns.busiestModality(console.jdbi(), ics);
    }

    @Test
    void aManagerRunsStopsExplainsComparesAndPublishesAnAllocationAndAPatientSeesTheOffer() throws Exception {
        assumeTrue(PortalProcess.built(), PortalProcess.SKIP_REASON);
        try (StaffBrowser staff = new StaffBrowser(console, "optimisation", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
            page.click("a.nhsuk-header__navigation-link:has-text('Optimisation')");
            assertThat(page.locator("h1").textContent()).isEqualTo("Optimisation");
            staff.check("01-runs");

            // A long limit: the run ends early once it stops improving for a fifth of it, and it must
            // still be solving when the stop button is pressed.
            String first = startRun(page, staff, 120, true);
            page.waitForSelector("#score-history tbody tr");
            double bar = OptimisationRuns.progressAbove(page, 0);
            OptimisationRuns.progressAbove(page, bar);
            assertThat(page.locator("#best-levels td[data-level='3']").textContent())
                    .isNotEqualTo("–");
            assertThat(page.locator("#score-chart svg").count())
                    .as("the chart is drawn")
                    .isPositive();
            staff.check("03-progress");

            page.click("button:has-text('Stop and keep the best plan so far')");
            page.waitForSelector("text=Why it scores as it does", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertThat(page.locator("#run-state").textContent()).isEqualTo("Stopped (best plan kept)");
            staff.check("04-stopped");

            page.click("text=Why it scores as it does");
            assertThat(page.locator("h1").textContent()).isEqualTo("Why the plan scores as it does");
            assertThat(page.locator("main").textContent()).contains("Weighted wait");
            staff.check("05-explanation");

            String second = startRun(page, staff, 3, false);
            page.waitForSelector(
                    "text=Compare with another run of the same scope",
                    new Page.WaitForSelectorOptions().setTimeout(60_000));
            page.click("text=Compare with another run of the same scope");
            page.selectOption("#second", first);
            page.click("button:has-text('Compare')");
            assertThat(page.url()).contains("first=" + second).contains("second=" + first);
            page.waitForSelector("[data-chart-table='figures-table'] svg");
            assertThat(page.locator("#figures-table").textContent()).contains("Six-week breaches");
            staff.check("06-compare");

            staff.open("/optimisation/runs/" + first);
            if (page.locator("#confirm").count() > 0) {
                page.check("#confirm");
            }
            page.click("#publish");
            page.waitForSelector("#offers", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
            assertThat(page.locator("main").textContent()).contains("offers sent to patients");
            assertThat(page.locator("#run-state").textContent()).isEqualTo("Published");
            staff.check("07-published");

            anOfferedPatientSeesTheOfferInThePortal(first);
        }
    }

    /** A patient the published run offered a slot signs in to the portal and finds the offer on their referral. */
    private static void anOfferedPatientSeesTheOfferInThePortal(String run) throws Exception {
        Map<String, Object> offered = console.jdbi()
                .withHandle(h -> h.createQuery("""
                                select o.request_id, p.nhs_number from offer o
                                join request r on r.id = o.request_id join patient p on p.id = r.patient_id
                                where o.source = :source and o.status = 'OPEN' order by o.offered_at, o.id limit 1
                                """)
                        .bind("source", "optimisation run " + run)
                        .mapToMap()
                        .one());
        PortalProcess portal = PortalProcess.shared();
        try (Browser patient = new Browser("console-optimisation-portal", true, StaffBrowser.DESKTOP)) {
            Page page = patient.page();
            portal.nextNhsLoginAs(String.valueOf(offered.get("nhs_number")));
            page.navigate(portal.url() + "/sign-in");
            page.click("text=Continue to NHS login");
            page.waitForURL("**/referrals");
            page.navigate(portal.url() + "/referrals/" + offered.get("request_id"));
            assertThat(page.locator("main").textContent()).contains("An earlier appointment is available");
            patient.check("08-patient-sees-the-offer");
            page.click("text=See the earlier appointment");
            assertThat(page.locator("h1").textContent()).isEqualTo("An earlier appointment is available");
            assertThat(page.locator("main").textContent()).contains("Accept this appointment");
            patient.check("09-the-offer");
        }
    }

    @Test
    void aManagerRunsStopsExplainsAndPublishesADiaryAndAPatientCanBookItsNewSlot() throws Exception {
        assumeTrue(PortalProcess.built(), PortalProcess.SKIP_REASON);
        String run;
        try (StaffBrowser staff = new StaffBrowser(console, "optimisation-diary", StaffBrowser.DESKTOP)) {
            Page page = staff.page();
            staff.signIn(console.staff().at(Role.SERVICE_MANAGER, ics));
            staff.open("/optimisation/new");
            page.check("#kind-diary");
            page.selectOption("#scope", "ICS:" + ics);
            page.selectOption("#modality", modality);
            page.fill("#firstDay", DIARY_WEEK.toString());
            page.fill("#seconds", "120");
            page.click("button:has-text('Check what the run will consider')");
            assertThat(page.locator("h2:has-text('What the run will consider')").isVisible())
                    .isTrue();
            staff.check("01-start");
            page.click("button:has-text('Start the run')");
            page.waitForURL("**/optimisation/runs/*");
            run = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertThat(page.locator("h1").textContent()).isEqualTo("Diary building");

            page.waitForSelector("#score-history tbody tr");
            OptimisationRuns.progressAbove(page, OptimisationRuns.progressAbove(page, 0));
            staff.check("02-progress");

            page.click("button:has-text('Stop and keep the best plan so far')");
            page.waitForSelector("#limits-table", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertThat(page.locator("#run-state").textContent()).isEqualTo("Stopped (best plan kept)");
            assertThat(page.locator("#limits-table").textContent())
                    .contains(ics)
                    .contains("Staff trained in")
                    .contains(" h run of ");
            staff.check("03-stopped-what-limits-it");

            page.click("text=Why it scores as it does");
            assertThat(page.locator("h1").textContent()).isEqualTo("Why the plan scores as it does");
            assertThat(page.locator("main").textContent()).contains("Goals the plan pays for");
            staff.check("04-explanation");

            page.click("text=Back to the run");
            if (page.locator("#confirm").count() > 0) {
                page.check("#confirm");
            }
            page.click("#publish");
            page.waitForSelector("#run-state:has-text('Published')");
            staff.check("05-published");
        }
        aWaitingPatientFindsASlotThePublishedDiaryOpenedInThePortal(run);
    }

    /**
     * A patient waiting for an exam the published diary's new slots can do signs in to the portal and,
     * choosing when at the slot's site, finds it among the times they may book.
     */
    private static void aWaitingPatientFindsASlotThePublishedDiaryOpenedInThePortal(String run) throws Exception {
        Map<String, Object> opened = console.jdbi()
                .withHandle(h -> h.createQuery("""
                                select sl.id as slot, s.ods_code as site, sl.starts_at, q.id as request, p.nhs_number
                                from outbox o join slot sl on sl.id = o.slot_id join session se on se.id = sl.session_id
                                join room r on r.id = sl.room_id join site s on s.ods_code = r.site_ods_code
                                join trust t on t.ods_code = s.trust_ods_code
                                join request q on q.state = 'WAITING' and se.allowed_exams @> array[q.exam_code]
                                join exam e on e.code = q.exam_code and e.modality = r.modality
                                join patient p on p.id = q.patient_id
                                where o.change = 'SLOT_STATUS' and o.slot_status = 'FREE'
                                  and o.created_at >= (select requested_at from optimisation_run where id = :run)
                                  and se.clinic_date between :first and :last
                                  and sl.status = 'FREE' and se.status = 'RELEASED' and t.ics_code = :ics
                                  and r.capabilities @> e.required_capabilities
                                  and not q.needs_sedation and not q.needs_general_anaesthetic
                                  and coalesce(q.weight_kg, 0) <= coalesce(r.max_patient_weight_kg, 150)
                                  and (cardinality(q.acceptable_sites) = 0 or s.ods_code = any(q.acceptable_sites))
                                  and p.date_of_birth <= current_date - interval '18 years'
                                  and sl.ends_at - sl.starts_at >= make_interval(mins => (
                                        select d.minutes from exam_duration d
                                        where d.exam_code = q.exam_code and d.age_band = 'ADULT'))
                                  and not exists (select 1 from slot o2 join room r2 on r2.id = o2.room_id
                                                  where r2.site_ods_code = s.ods_code and o2.starts_at = sl.starts_at
                                                    and o2.id < sl.id and o2.status = 'FREE')
                                order by sl.starts_at, sl.id, q.id limit 1
                                """)
                        .bind("run", java.util.UUID.fromString(run))
                        .bind("ics", ics)
                        .bind("first", DIARY_WEEK)
                        .bind("last", DIARY_WEEK.plusDays(6))
                        .mapToMap()
                        .findOne()
                        .orElseThrow(() -> new AssertionError(
                                "the published diary opened no free slot a waiting patient of the ICS could book")));
        String day = London.clinicDay(((java.sql.Timestamp) opened.get("starts_at")).toInstant())
                .toString();
        PortalProcess portal = PortalProcess.shared();
        try (Browser patient = new Browser("console-optimisation-diary-portal", true, StaffBrowser.DESKTOP)) {
            Page page = patient.page();
            portal.nextNhsLoginAs(String.valueOf(opened.get("nhs_number")));
            page.navigate(portal.url() + "/sign-in");
            page.click("text=Continue to NHS login");
            page.waitForURL("**/referrals");
            page.navigate(portal.url() + "/referrals/" + opened.get("request") + "/where/" + opened.get("site")
                    + "?week=" + day);
            assertThat(page.locator("input[name='slot'][value='" + opened.get("slot") + "']")
                            .count())
                    .as("slot %s the diary opened is a time the patient may choose", opened.get("slot"))
                    .isEqualTo(1);
            patient.check("06-patient-can-book-a-new-slot");
        }
    }

    /** Fills the start form, checks what the run will consider, starts it; returns the run's id. */
    private static String startRun(Page page, StaffBrowser staff, int seconds, boolean screenshot) {
        staff.open("/optimisation/new");
        page.check("#kind");
        page.selectOption("#scope", "ICS:" + ics);
        page.selectOption("#modality", modality);
        page.fill("#seconds", String.valueOf(seconds));
        page.click("button:has-text('Check what the run will consider')");
        assertThat(page.locator("h2:has-text('What the run will consider')").isVisible())
                .isTrue();
        if (screenshot) {
            staff.check("02-start");
        }
        page.click("button:has-text('Start the run')");
        page.waitForURL("**/optimisation/runs/*");
        return page.url().substring(page.url().lastIndexOf('/') + 1);
    }
}
