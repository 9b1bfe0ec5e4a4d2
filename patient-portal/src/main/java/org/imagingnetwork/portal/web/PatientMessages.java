package org.imagingnetwork.portal.web;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.time.London;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Texts and emails to patients through GOV.UK Notify, in the language they asked to be written to,
 * by the channel they prefer. A message that cannot be sent never undoes what it reports: the
 * booking is already committed and shown on screen.
 */
@Singleton
public class PatientMessages {

    private static final Logger LOG = LoggerFactory.getLogger(PatientMessages.class);

    /** What came of one message, for the page to say "we have sent you a text". */
    public enum Sent {
        TEXT,
        EMAIL,
        NOT_SENT
    }

    private final NotificationClient client;
    private final NotifySettings settings;
    private final MessageSource messages;
    private final PatientRepository patients;

    PatientMessages(NotifySettings settings, MessageSource messages, Jdbi jdbi, Clock clock) {
        this.client = new NotificationClient(settings.apiKey(), settings.baseUrl());
        this.settings = settings;
        this.messages = messages;
        this.patients = new JdbiPatientRepository(jdbi, clock);
    }

    /**
     * The variables of a message about one appointment — {@code exam}, {@code day}, {@code time} and
     * {@code site} — with the day and time written in the patient's language.
     */
    public static Function<Locale, Map<String, Object>> appointment(String exam, Instant start, String site) {
        return locale -> Map.of(
                "exam",
                exam,
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
     */
    public Sent send(PatientId patientId, String key, Function<Locale, Map<String, Object>> variables) {
        Optional<Patient> found = patients.find(patientId);
        if (found.isEmpty()) {
            return Sent.NOT_SENT;
        }
        Patient patient = found.get();
        Locale locale = patient.language() == Language.CY ? Locale.forLanguageTag("cy") : Locale.UK;
        String body = messages.getMessage(key, locale, variables.apply(locale))
                .orElseThrow(() -> new IllegalStateException("No message " + key));
        String reference = UUID.randomUUID().toString();
        try {
            switch (patient.contactPreference()) {
                case SMS -> {
                    if (patient.phone().isPresent()) {
                        client.sendSms(settings.smsTemplate(), patient.phone().get(), Map.of("body", body), reference);
                        return Sent.TEXT;
                    }
                }
                case EMAIL -> {
                    if (patient.email().isPresent()) {
                        client.sendEmail(
                                settings.emailTemplate(), patient.email().get(), Map.of("body", body), reference);
                        return Sent.EMAIL;
                    }
                }
                case LETTER -> {
                    // Notify letters need a postal address, which the network does not hold; the
                    // trust's RIS sends the letter when it receives the booking.
                    return Sent.NOT_SENT;
                }
            }
            return Sent.NOT_SENT;
        } catch (NotificationClientException e) {
            LOG.warn("Notify refused message {} (reference {}): HTTP {}", key, reference, e.getHttpResult());
            return Sent.NOT_SENT;
        }
    }
}
