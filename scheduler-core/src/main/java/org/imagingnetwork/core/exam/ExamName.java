package org.imagingnetwork.core.exam;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An exam's name as patients read it: English, and Welsh where the catalogue has it (an exam a trust
 * added without one shows its English name to Welsh readers too).
 */
public record ExamName(String english, Optional<String> welsh) {

    public ExamName {
        Objects.requireNonNull(english, "english");
        welsh = welsh.filter(w -> !w.isBlank());
    }

    public static ExamName of(String english, String welshOrNull) {
        return new ExamName(english, Optional.ofNullable(welshOrNull));
    }

    /** The name in the reader's language. */
    public String in(Locale locale) {
        return welsh(locale) ? welsh.orElse(english) : english;
    }

    /** Whether this reader reads Welsh. */
    public static boolean welsh(Locale locale) {
        return "cy".equals(locale.getLanguage());
    }
}
