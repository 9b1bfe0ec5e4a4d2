package org.imagingnetwork.console.web;

/**
 * Thrown when what a URL or form names does not exist or lies outside the staff member's scope:
 * both answer the same, so nobody learns whether another trust's record exists.
 */
public final class PageNotFound extends RuntimeException {
    public PageNotFound() {
        super("not found", null, false, false);
    }
}
