package org.imagingnetwork.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.imagingnetwork.testsupport.web.Browser;

/** Debian's Chromium signed in to the console as one member of staff, for the journeys' tests. */
public final class StaffBrowser implements AutoCloseable {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 320;

    private final Browser browser;
    private final ConsoleServer console;

    public StaffBrowser(ConsoleServer console, String prefix, int width) {
        this(console, prefix, width, true);
    }

    /** With {@code javaScript} false, as a browser with scripts turned off: pages must work without them. */
    public StaffBrowser(ConsoleServer console, String prefix, int width, boolean javaScript) {
        this.console = console;
        this.browser = new Browser("console-" + prefix, javaScript, width);
    }

    /** Signs in through the CIS2 stand-in, as a member of staff does with their smartcard. */
    public StaffBrowser signIn(DemoStaff.Member member) {
        member.enqueue(console.cis2());
        page().navigate(console.url() + "/sign-in");
        page().click("text=Sign in with NHS Care Identity");
        page().waitForURL("**/home");
        assertThat(page().locator("h1").textContent()).startsWith("Signed in as");
        return this;
    }

    public Page page() {
        return browser.page();
    }

    public StaffBrowser open(String path) {
        page().navigate(console.url() + path);
        return this;
    }

    /** Screenshot, axe-core scan (no violations) and no sideways scrolling. */
    public void check(String name) {
        browser.check(name);
    }

    @Override
    public void close() {
        browser.close();
    }
}
