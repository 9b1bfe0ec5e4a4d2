package org.imagingnetwork.console.web;

/** A form arrived without its session's token: forged from another site, or from an ended session. */
final class FormRefused extends RuntimeException {
    FormRefused() {
        super("form token missing or wrong", null, false, false);
    }
}
