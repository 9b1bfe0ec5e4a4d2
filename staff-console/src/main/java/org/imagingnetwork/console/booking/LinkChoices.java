package org.imagingnetwork.console.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.notify.Channel;
import org.imagingnetwork.core.notify.Reach;

/**
 * The page's choice of how to send a patient a sign-in link: the ways that can reach them (the one
 * they asked for first and chosen), why the others cannot, and when a link last went to them.
 * Public for the page's template.
 *
 * @param offered the channels the clerk may choose, as radio buttons
 * @param preferred the value of the one chosen at first: the patient's choice, or a letter
 * @param notOffered why each other channel cannot be used
 * @param lastLink when the patient's last link was made, if within the pause before another
 */
public record LinkChoices(List<Option> offered, String preferred, List<String> notOffered, Optional<Recent> lastLink) {

    /** One way to send, as a radio button. */
    public record Option(String value, String label, String hint, boolean asked) {}

    /** The link made a moment ago. */
    public record Recent(Instant at, long minutesAgo) {}

    static LinkChoices of(Reach reach, Optional<Instant> lastLink, Instant now, Duration pause) {
        List<Option> offered = Arrays.stream(Channel.values())
                .filter(reach::can)
                .sorted((a, b) -> Boolean.compare(b == reach.asked(), a == reach.asked()))
                .map(channel ->
                        new Option(value(channel), label(channel), hint(channel, reach), channel == reach.asked()))
                .toList();
        List<String> notOffered = Arrays.stream(Channel.values())
                .filter(channel -> !reach.can(channel))
                .map(channel -> noun(channel) + " cannot be sent: "
                        + lowerFirst(reach.whyNot(channel).orElseThrow()) + ".")
                .toList();
        Optional<Recent> recent = lastLink.filter(at -> at.isAfter(now.minus(pause)))
                .map(at -> new Recent(at, Duration.between(at, now).toMinutes()));
        return new LinkChoices(offered, value(reach.preferred()), notOffered, recent);
    }

    /** The channel a form value names, if it names one. */
    static Optional<Channel> channel(String value) {
        return Arrays.stream(Channel.values())
                .filter(c -> value(c).equals(value))
                .findFirst();
    }

    static String value(Channel channel) {
        return channel.name().toLowerCase();
    }

    private static String label(Channel channel) {
        return switch (channel) {
            case TEXT -> "Text message";
            case EMAIL -> "Email";
            case LETTER -> "Letter";
        };
    }

    private static String noun(Channel channel) {
        return switch (channel) {
            case TEXT -> "A text message";
            case EMAIL -> "An email";
            case LETTER -> "A letter";
        };
    }

    private static String hint(Channel channel, Reach reach) {
        return switch (channel) {
            case TEXT -> "To " + reach.mobile().orElseThrow();
            case EMAIL -> "To " + reach.email().orElseThrow();
            case LETTER ->
                "Printed here for the booking office to post. The network holds only the patient's postcode,"
                        + " so add their address from the trust's patient administration system.";
        };
    }

    private static String lowerFirst(String words) {
        return Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
