package org.imagingnetwork.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Moving and cancelling an appointment, short notice, and the whole thing in Welsh, in a real browser. */
class ChangeAndWelshJourneyIT {

    private static PortalServer portal;

    @BeforeAll
    static void portal() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        portal = PortalServer.get();
    }

    @Test
    void patientMovesThenCancelsTheirAppointment() {
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        try (Browser browser = new Browser("change", true, 1024)) {
            Page page = browser.page();
            signIn(page, patient, "/referrals/" + request);
            book(page, "ZP1AA", "Appointment booked");
            page.locator("a[href='/referrals/" + request + "']").first().click();
            assertThat(page.content()).contains("Portal General Hospital");
            browser.check("01-booked-referral");

            page.getByText("Change to another place or time").click();
            assertThat(page.content()).contains("Your current appointment stays booked until you confirm a new one");
            book(page, "ZP1CD", "Appointment changed");
            assertThat(portal.fixture().liveAppointments(request)).isEqualTo(1);
            assertThat(portal.notifyStub().mentioning("has been moved to")).isNotEmpty();
            page.locator("a[href='/referrals/" + request + "']").first().click();
            assertThat(page.content()).contains("Portal Community Diagnostic Centre");

            page.getByText("Tell us if you could come at short notice").click();
            browser.check("02-short-notice");
            page.locator("label[for=notice-48]").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.content()).contains("at least 48 hours");

            page.getByText("Cancel this appointment").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel appointment"))
                    .click();
            assertThat(page.content()).contains("Select why you are cancelling");
            browser.check("03-cancel-error");
            page.locator("label[for=reason-cannotAttend]").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel appointment"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Appointment cancelled");
            browser.check("04-cancelled");
        }
        assertThat(portal.fixture().liveAppointments(request)).isZero();
        assertThat(portal.fixture().requestState(request)).isEqualTo("WAITING");
        assertThat(portal.notifyStub().mentioning("has been cancelled")).isNotEmpty();
    }

    @Test
    void aWelshSpeakerBooksInWelsh() {
        PortalFixture.Patient patient =
                portal.fixture().patient("Gwen", java.time.LocalDate.of(1975, 6, 1), "B15 2TT", "CY");
        long request = portal.fixture().waitingRequest(patient, PortalFixture.CHEST_XRAY);
        try (Browser browser = new Browser("welsh", true, 1024)) {
            Page page = browser.page();
            page.navigate(portal.url() + "/sign-in");
            page.getByText("Cymraeg").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Trefnu neu newid eich sgan");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("cy");
            browser.check("01-start");
            String link =
                    portal.context().getBean(SignInLinks.class).url(new PatientId(patient.id()), Optional.empty());
            page.navigate(link);
            assertThat(page.locator("h1").textContent()).isEqualTo("Cadarnhewch pwy ydych chi");
            page.getByLabel("Diwrnod").fill("1");
            page.getByLabel("Mis").fill("6");
            page.getByLabel("Blwyddyn").fill("1975");
            page.getByLabel("Beth yw eich cod post?").fill("B15 2TT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Parhau"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Eich atgyfeiriadau");
            browser.check("02-referrals");
            assertThat(page.locator("a[href='/referrals/" + request + "']").textContent())
                    .contains("Pelydr-X o\u2019r frest");
            page.locator("a[href='/referrals/" + request + "']").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Pelydr-X o\u2019r frest");
            assertThat(page.locator("main").textContent())
                    .contains("Nid oes angen i chi baratoi")
                    .contains("Yn barod i\u2019w drefnu");
            browser.check("03-referral");
            page.getByText("Dewis lle ac amser").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Dewiswch ble i gael eich sgan");
            browser.check("04-where");
            assertThat(page.locator(".nhsuk-caption-l").textContent()).isEqualTo("Pelydr-X o\u2019r frest");
            page.getByText("English").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Choose where to have your scan");
            assertThat(page.locator(".nhsuk-caption-l").textContent()).isEqualTo("Chest X-ray");
        }
    }

    private static void signIn(Page page, PortalFixture.Patient patient, String next) {
        String link = portal.context().getBean(SignInLinks.class).url(new PatientId(patient.id()), Optional.of(next));
        page.navigate(link);
        page.getByLabel("Day").fill(String.valueOf(patient.dateOfBirth().getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(patient.dateOfBirth().getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(patient.dateOfBirth().getYear()));
        page.getByLabel("What is your postcode?").fill(patient.postcode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.url()).endsWith(next);
    }

    private static void book(Page page, String site, String heading) {
        if (!page.url().contains("/where")) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose a place and time"))
                    .click();
        }
        page.locator("a[href*='/where/" + site + "']").first().click();
        page.locator("#times .nhsuk-radios__label").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm appointment"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo(heading);
    }
}
