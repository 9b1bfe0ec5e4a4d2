package org.imagingnetwork.portal.web;

/** A form arrived without the token its page was given: a forged request, or a page left open too long. */
final class CsrfRejected extends RuntimeException {
    CsrfRejected() {
        super("CSRF token missing or wrong", null, false, false);
    }
}
