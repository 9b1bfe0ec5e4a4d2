package org.imagingnetwork.core.notify;

import java.util.Optional;
import java.util.regex.Pattern;
import org.imagingnetwork.core.patient.Patient;

/**
 * How a patient can be reached: a text needs a UK mobile number, an email an address; a letter is
 * always possible. The channel they asked for is preferred; when it cannot be used, a letter.
 *
 * @param mobile the patient's number, when it is a mobile a text can go to
 * @param phone the number on record, mobile or not
 */
public record Reach(Optional<String> mobile, Optional<String> phone, Optional<String> email, Channel asked) {

    private static final Pattern UK_MOBILE = Pattern.compile("(\\+44|0)7\\d{9}");

    public static Reach of(Patient patient) {
        Optional<String> phone = patient.phone().map(p -> p.replaceAll("[\\s()-]", ""));
        return new Reach(
                phone.filter(p -> UK_MOBILE.matcher(p).matches()),
                patient.phone(),
                patient.email().filter(e -> !e.isBlank()),
                switch (patient.contactPreference()) {
                    case SMS -> Channel.TEXT;
                    case EMAIL -> Channel.EMAIL;
                    case LETTER -> Channel.LETTER;
                });
    }

    public boolean can(Channel channel) {
        return whyNot(channel).isEmpty();
    }

    /** Why a message cannot go this way, in words for staff; empty when it can. */
    public Optional<String> whyNot(Channel channel) {
        return switch (channel) {
            case TEXT ->
                mobile.isPresent()
                        ? Optional.empty()
                        : Optional.of(phone.map(p -> "The number on record, " + p + ", is not a mobile number")
                                .orElse("No mobile number is recorded for the patient"));
            case EMAIL ->
                email.isPresent() ? Optional.empty() : Optional.of("No email address is recorded for the patient");
            case LETTER -> Optional.empty();
        };
    }

    /** The channel to use: the one the patient asked for if it can be used, else a letter. */
    public Channel preferred() {
        return can(asked) ? asked : Channel.LETTER;
    }
}
