package org.imagingnetwork.portal.booking;

/** A site code from a form field, kept only if it looks like one (it goes back into a URL). */
final class SiteCode {
    private SiteCode() {}

    static String orEmpty(String value) {
        return value != null && value.matches("[A-Z0-9]{3,8}") ? value : "";
    }
}
