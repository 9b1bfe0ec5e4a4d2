package org.imagingnetwork.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole booking journey in a real browser: link, questions, referrals, where, when, hold, confirm. */
class BookingJourneyIT {

    private static PortalServer portal;

    @BeforeAll
    static void portal() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        portal = PortalServer.get();
    }

    @Test
    void patientBooksFromATextMessageLinkWithJavaScript() {
        book("journey-js", true, 1024);
    }

    @Test
    void patientBooksOnA320PixelPhone() {
        book("journey-320", true, 320);
    }

    @Test
    void patientBooksWithJavaScriptTurnedOff() {
        book("journey-nojs", false, 1024);
    }

    private void book(String prefix, boolean javaScript, int width) {
        PortalFixture.Patient patient = portal.fixture().adult();
        long request = portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        String link = portal.context()
                .getBean(SignInLinks.class)
                .url(new PatientId(patient.id()), java.util.Optional.empty());
        try (Browser browser = new Browser(prefix, javaScript, width)) {
            Page page = browser.page();
            page.navigate(link.replace("http://localhost:" + portal.url().replaceAll(".*:", ""), portal.url()));
            browser.check("01-questions");
            page.getByLabel("Day").fill(String.valueOf(patient.dateOfBirth().getDayOfMonth()));
            page.getByLabel("Month").fill(String.valueOf(patient.dateOfBirth().getMonthValue()));
            page.getByLabel("Year").fill(String.valueOf(patient.dateOfBirth().getYear()));
            page.getByLabel("What is your postcode?")
                    .fill(patient.postcode().toLowerCase().replace(" ", ""));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Your referrals");
            browser.check("02-referrals");

            page.locator("a[href='/referrals/" + request + "']").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("MRI head");
            assertThat(page.content()).contains("Take off all metal");
            browser.check("03-referral");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose a place and time"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Choose where to have your scan");
            assertThat(page.locator(".nhsuk-card__heading").allTextContents())
                    .contains(
                            "Portal General Hospital", "Portal Community Diagnostic Centre", "Portal Royal Infirmary");
            browser.check("04-where");

            page.locator("a[href*='/where/ZP1AA']").first().click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Choose a date and time");
            labelsSitBesideTheirCircles(page);
            browser.check("05-when");

            page.locator("#times .nhsuk-radios__label").first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Check and confirm your appointment");
            assertThat(page.content()).contains("We are holding this time for you until");
            if (javaScript) {
                assertThat(page.locator("[data-countdown]").isVisible()).isTrue();
                assertThat(page.locator("[data-countdown]").textContent()).matches("[0-5]:[0-5][0-9]");
            }
            browser.check("06-confirm");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm appointment"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Appointment booked");
            assertThat(page.content()).contains("Portal General Hospital").contains("We have sent you a text message");
            browser.check("07-booked");
        }
        assertThat(portal.fixture().liveAppointments(request)).isEqualTo(1);
        assertThat(portal.fixture().requestState(request)).isEqualTo("APPOINTED");
        assertThat(portal.notifyStub().mentioning("Portal General Hospital")).isNotEmpty();
    }

    /** Each time's label is level with its radio circle and to its right, not wrapped underneath it. */
    private static void labelsSitBesideTheirCircles(Page page) {
        for (int i = 0; i < Math.min(3, page.locator("#times input[name=slot]").count()); i++) {
            var circle = page.locator("#times input[name=slot]").nth(i).boundingBox();
            var label = page.locator("#times .nhsuk-radios__label").nth(i).boundingBox();
            assertThat(label.x)
                    .as("label %s right of its circle", i)
                    .isGreaterThanOrEqualTo(circle.x + circle.width / 2);
            assertThat(label.y + label.height / 2)
                    .as("label %s level with its circle", i)
                    .isBetween(circle.y, circle.y + circle.height);
        }
    }
}
