package org.imagingnetwork.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** What every page and every static asset of the portal and the console must be answered with. */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    /** A page: only the app's own scripts and styles, never framed, sniffed, cached or referred elsewhere. */
    public static void assertOnPage(HttpResponse<?> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    /** A stylesheet or script holds nothing personal, so browsers may keep it; it is still never sniffed. */
    public static void assertOnAsset(HttpResponse<?> asset) {
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(asset.headers().allValues("Cache-Control")).doesNotContain("no-store");
    }
}
