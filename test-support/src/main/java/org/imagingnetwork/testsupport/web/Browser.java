package org.imagingnetwork.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven by Playwright, never a downloaded browser. Every page a
 * journey reaches goes through {@link #check}: a screenshot kept under target/screenshots, an
 * axe-core scan that must find no violations, and a check that nothing scrolls sideways.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final String SKIP_REASON =
            "Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium): browser tests skipped";

    private static com.microsoft.playwright.Browser chromium;

    private final BrowserContext context;
    private final Page page;
    private final String prefix;
    private final boolean javaScript;

    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    public Browser(String prefix, boolean javaScript, int width) {
        this.prefix = prefix;
        this.javaScript = javaScript;
        this.context = chromium()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setJavaScriptEnabled(javaScript)
                        .setViewportSize(width, 900)
                        .setLocale("en-GB"));
        this.page = context.newPage();
    }

    public Page page() {
        return page;
    }

    /** Screenshot, axe scan and width check of the current page. */
    public void check(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(prefix + "-" + name + ".png"))
                .setFullPage(true));
        if (!javaScript) {
            // axe-core and the width check run as scripts in the page; with JavaScript off they
            // cannot, so pages without JavaScript are scanned by the same journey run with it on.
            return;
        }
        AxeResults results = new AxeBuilder(page).analyze();
        String violations = results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream().map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations)
                .as("axe-core violations on %s (%s)", name, page.url())
                .isEmpty();
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits)
                .as("%s fits the %spx viewport without sideways scrolling", name, page.viewportSize().width)
                .isEqualTo(true);
    }

    /**
     * One Chromium for every browser a test JVM opens, each in a context of its own (its own cookies,
     * storage and settings): starting Playwright's driver and Chromium takes seconds, a context
     * milliseconds. Test classes run one after another, so one driver connection serves them all.
     */
    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null || !chromium.isConnected()) {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            chromium = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return chromium;
    }

    @Override
    public void close() {
        context.close();
    }
}
