package org.imagingnetwork.console.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.imagingnetwork.console.access.StaffUser;

/**
 * CSRF protection by a synchroniser token: each session gets a random token at sign-in, kept in
 * the signed session itself (so any instance can check it and nothing is stored), and every form
 * carries it. Every POST handler calls {@link #check} before it changes anything; a test posts to
 * every POST route without it.
 */
public final class FormToken {

    public static final String FIELD = "csrfToken";

    private FormToken() {}

    public static void check(StaffUser user, String submitted) {
        if (submitted == null
                || !MessageDigest.isEqual(
                        submitted.getBytes(StandardCharsets.UTF_8),
                        user.formToken().getBytes(StandardCharsets.UTF_8))) {
            throw new FormRefused();
        }
    }
}
