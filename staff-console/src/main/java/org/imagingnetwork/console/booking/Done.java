package org.imagingnetwork.console.booking;

import io.micronaut.core.annotation.Nullable;

/**
 * What the request page says after a change redirected to it (post/redirect/get): the redirect
 * names the change by a fixed word, never by free text, so no one can put words on the page.
 */
enum Done {
    BOOKED("The appointment is booked."),
    MOVED("The appointment is moved. The old time is free for someone else."),
    CANCELLED("The appointment is cancelled.");

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
