package org.imagingnetwork.console.booking;

import org.imagingnetwork.core.patient.Language;

/**
 * The text or email carrying a sign-in link, in the language the patient asked to be written to.
 * The portal's messages live in its bundles; this is the console's only message to patients.
 */
final class LinkWords {

    private LinkWords() {}

    static String message(Language language, String url, long days) {
        return language == Language.CY
                ? "Delweddu’r GIG: i weld, trefnu neu newid eich apwyntiad sgan, ewch i " + url
                        + " – gofynnir i chi am eich dyddiad geni a’ch cod post. Mae’r ddolen yn gweithio am " + days
                        + " diwrnod."
                : "NHS imaging: to see, book or change your scan appointment, go to " + url
                        + " – you will be asked for your date of birth and postcode. The link works for " + days
                        + " days.";
    }
}
