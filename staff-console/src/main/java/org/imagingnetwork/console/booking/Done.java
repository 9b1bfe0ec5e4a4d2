package org.imagingnetwork.console.booking;

import io.micronaut.core.annotation.Nullable;

/**
 * What the request page says after a change redirected to it (post/redirect/get): the redirect
 * names the change by a fixed word, never by free text, so no one can put words on the page.
 */
enum Done {
    BOOKED("The appointment is booked."),
    MOVED("The appointment is moved. The old time is free for someone else."),
    CANCELLED("The appointment is cancelled."),
    TEXT_SENT("A sign-in link is on its way to the patient by text message."),
    EMAIL_SENT("A sign-in link is on its way to the patient by email."),
    LETTER_READY("The letter with the sign-in link is ready: print it and post it to the patient."),
    NOT_SENT("The sign-in link could not be sent: GOV.UK Notify did not take it. Nothing was recorded as sent;"
            + " try again, or send a letter.");

    private final String message;

    Done(String message) {
        this.message = message;
    }

    static @Nullable String message(@Nullable String done) {
        if (done == null) {
            return null;
        }
        for (Done d : values()) {
            if (d.name().equalsIgnoreCase(done)) {
                return d.message;
            }
        }
        return null;
    }

    String query() {
        return "?done=" + name().toLowerCase();
    }
}
