package org.imagingnetwork.core.patient;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imagingnetwork.core.validation.InvalidFieldException;

/** A UK postcode in its normal form: capitals, one space before the inward code. */
public record Postcode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");

    public Postcode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("postcode", "must be a full UK postcode, like B15 2TH");
        }
    }

    /** Normalises what people type ({@code b152th}, {@code B15  2TH}). */
    public static Optional<Postcode> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String normal = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return FORMAT.matcher(normal).matches() ? Optional.of(new Postcode(normal)) : Optional.empty();
    }

    /** The outward code (B15), used to estimate distance without a full address lookup. */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    @Override
    public String toString() {
        return value;
    }
}
