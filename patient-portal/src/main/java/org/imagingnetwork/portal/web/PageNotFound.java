package org.imagingnetwork.portal.web;

/**
 * Thrown by a controller when what the URL names does not exist or is not the signed-in patient's:
 * both look the same from outside, so nobody can learn whether another patient's referral exists.
 */
public final class PageNotFound extends RuntimeException {
    public PageNotFound() {
        super("not found", null, false, false);
    }
}
