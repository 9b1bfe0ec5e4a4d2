package org.imagingnetwork.console.booking;

import java.util.Optional;

/** A slot id as a form sends it: a positive whole number, or nothing. */
final class SlotIds {

    private SlotIds() {}

    static Optional<Long> parse(String value) {
        if (value == null || value.isBlank() || value.length() > 18) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
