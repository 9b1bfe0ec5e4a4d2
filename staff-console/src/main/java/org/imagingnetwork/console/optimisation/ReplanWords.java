package org.imagingnetwork.console.optimisation;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.time.London;

/** The text or email telling a patient that a scanner out of use moved their appointment, in their language. */
final class ReplanWords {

    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter WELSH_DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("cy"));
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter WELSH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private ReplanWords() {}

    static String message(Language language, String exam, Instant startsAt, String room, String site, String url) {
        var at = London.atLondon(startsAt);
        return language == Language.CY
                ? "Delweddu’r GIG: nid oes modd defnyddio’r sganiwr ar gyfer eich apwyntiad, felly mae eich sgan "
                        + exam + " wedi symud i " + WELSH_DAY.format(at) + " am " + WELSH_TIME.format(at) + ", "
                        + room + ", " + site + ". I newid neu ganslo, ewch i " + url
                        + " – gofynnir i chi am eich dyddiad geni a’ch cod post."
                : "NHS imaging: the scanner for your appointment cannot be used, so your " + exam
                        + " scan has moved to " + ENGLISH_DAY.format(at) + " at "
                        + ENGLISH_TIME.format(at).toLowerCase(Locale.UK) + ", " + room + ", " + site
                        + ". To change or cancel it, go to " + url
                        + " – you will be asked for your date of birth and postcode.";
    }
}
