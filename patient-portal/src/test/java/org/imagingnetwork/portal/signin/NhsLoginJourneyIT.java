package org.imagingnetwork.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.imagingnetwork.portal.support.PortalFixture;
import org.imagingnetwork.portal.support.PortalServer;
import org.imagingnetwork.testsupport.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NHS login in a real browser on a phone: from the sign-in page through the local OpenID Connect
 * provider and back, signed in to the patient's own referrals; and turned away, with the reason,
 * when the login is not proved to P9.
 */
class NhsLoginJourneyIT {

    private static PortalServer portal;

    @BeforeAll
    static void portal() {
        assumeTrue(Browser.available(), Browser.SKIP_REASON);
        portal = PortalServer.get();
    }

    @Test
    void aPatientSignsInWithNhsLoginAndSeesTheirReferrals() {
        PortalFixture.Patient patient = portal.fixture().adult();
        portal.fixture().waitingRequest(patient, PortalFixture.CHEST_XRAY);
        provingTo(patient.nhsNumber(), "P9");

        try (Browser browser = new Browser("nhs-login", true, 320)) {
            Page page = browser.page();
            page.navigate(portal.url() + "/sign-in");
            browser.check("01-sign-in");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to NHS login"))
                    .click();
            page.waitForURL(portal.url() + "/referrals");

            assertThat(page.locator("h1").textContent()).isEqualTo("Your referrals");
            assertThat(page.locator("main").textContent()).contains("Chest X-ray");
            browser.check("02-referrals");
        }
    }

    @Test
    void aLoginNotProvedToP9IsTurnedAwayWithTheReason() {
        PortalFixture.Patient patient = portal.fixture().adult();
        provingTo(patient.nhsNumber(), "P5");

        try (Browser browser = new Browser("nhs-login-p5", true, 320)) {
            Page page = browser.page();
            page.navigate(portal.url() + "/sign-in");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to NHS login"))
                    .click();
            page.waitForURL(url -> url.startsWith(portal.url() + "/sign-in"));

            assertThat(page.locator("main").textContent()).contains("We could not sign you in with NHS login");
            browser.check("03-not-p9");
            page.navigate(portal.url() + "/referrals");
            assertThat(page.url()).startsWith(portal.url() + "/sign-in");
        }
    }

    /** The next login at the local provider is this NHS number, proved to this level. */
    private static void provingTo(String nhsNumber, String level) {
        portal.nhsLogin()
                .enqueueCallback(new DefaultOAuth2TokenCallback(
                        "nhslogin",
                        "nhs-login-" + nhsNumber,
                        "JWT",
                        List.of("imaging-network-portal"),
                        Map.of("nhs_number", nhsNumber, "identity_proofing_level", level, "vot", level + ".Cp.Cd"),
                        3600));
    }
}
