package org.imagingnetwork.portal.web;

import java.util.regex.Pattern;

/** A path inside the portal that is safe to redirect to: never another site (no open redirect). */
public final class LocalPath {

    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9/_\\-]*(\\?[A-Za-z0-9=&_\\-]*)?");

    private LocalPath() {}

    public static String orHome(String path) {
        if (path == null || path.startsWith("//") || !SAFE.matcher(path).matches()) {
            return "/";
        }
        return path;
    }
}
