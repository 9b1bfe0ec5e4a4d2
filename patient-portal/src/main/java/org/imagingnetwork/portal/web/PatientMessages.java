package org.imagingnetwork.portal.web;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.notify.Channel;
import org.imagingnetwork.core.notify.NotifyMessages;
import org.imagingnetwork.core.notify.Reach;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;

/**
 * Texts and emails to patients through GOV.UK Notify (core's {@link NotifyMessages}), in the language
 * they asked to be written to, by the channel they prefer. A message that cannot be sent never undoes
 * what it reports: the booking is already committed and shown on screen.
 */
@Singleton
public class PatientMessages {

    /** What came of one message, for the page to say "we have sent you a text". */
    public enum Sent {
        TEXT,
        EMAIL,
        NOT_SENT
    }

    private final NotifyMessages notify;
    private final MessageSource messages;
    private final PatientRepository patients;

    PatientMessages(NotifySettings settings, MessageSource messages, Jdbi jdbi, Clock clock) {
        this.notify = new NotifyMessages(new org.imagingnetwork.core.notify.NotifySettings(
                settings.apiKey(), settings.baseUrl(), settings.smsTemplate(), settings.emailTemplate()));
        this.messages = messages;
        this.patients = new JdbiPatientRepository(jdbi, clock);
    }

    /**
     * The variables of a message about one appointment — {@code exam}, {@code day}, {@code time} and
     * {@code site} — with the exam's name, the day and the time written in the patient's language.
     */
    public static Function<Locale, Map<String, Object>> appointment(
            Function<Locale, String> exam, Instant start, String site) {
        return locale -> Map.of(
                "exam",
                exam.apply(locale),
                "day",
                Display.day(London.clinicDay(start), locale),
                "time",
                Display.time(start, locale),
                "site",
                site);
    }

    /**
     * Sends the message with this bundle key, its {@code {name}} variables filled in. The variables
     * are worked out for the patient's language, so a Welsh text says "Dydd Llun", not "Monday".
     * Letters are not sent from here: the network holds no postal address, and the trust's RIS sends
     * the letter when it receives the booking.
     */
    public Sent send(PatientId patientId, String key, Function<Locale, Map<String, Object>> variables) {
        Optional<Patient> found = patients.find(patientId);
        if (found.isEmpty()) {
            return Sent.NOT_SENT;
        }
        Patient patient = found.get();
        Reach reach = Reach.of(patient);
        if (reach.asked() == Channel.LETTER || !reach.can(reach.asked())) {
            return Sent.NOT_SENT;
        }
        Locale locale = patient.language() == Language.CY ? Locale.forLanguageTag("cy") : Locale.UK;
        String body = messages.getMessage(key, locale, variables.apply(locale))
                .orElseThrow(() -> new IllegalStateException("No message " + key));
        if (reach.asked() == Channel.TEXT) {
            return notify.text(reach.mobile().orElseThrow(), body) instanceof NotifyMessages.Sent.Accepted
                    ? Sent.TEXT
                    : Sent.NOT_SENT;
        }
        return notify.email(reach.email().orElseThrow(), body) instanceof NotifyMessages.Sent.Accepted
                ? Sent.EMAIL
                : Sent.NOT_SENT;
    }
}
