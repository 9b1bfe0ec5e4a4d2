package org.imagingnetwork.console.optimisation;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.notify.Channel;
import org.imagingnetwork.core.notify.NotifyMessages;
import org.imagingnetwork.core.notify.QuietHours;
import org.imagingnetwork.core.notify.Reach;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.signin.SignInLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each patient a published re-plan moved their appointment: by text or email as they asked,
 * through GOV.UK Notify, with the new time and place and a sign-in link to the portal to change or
 * cancel it. Every instance sweeps on a timer; {@link MovedPatients} makes sure each patient is told
 * once. Texts wait outside the quiet hours; emails go at any hour. A patient who asked for letters is
 * not messaged: the trust's RIS, which receives the move through the outbox, sends its letter.
 */
@Singleton
class ReplanNotices {

    static final String AUDIT_ACTION = "PATIENT_TOLD_OF_MOVE";

    private static final Logger LOG = LoggerFactory.getLogger(ReplanNotices.class);

    private final MovedPatients moved;
    private final PatientRepository patients;
    private final NotifyMessages notify;
    private final SignInLinks links;
    private final QuietHours quiet;
    private final Clock clock;

    ReplanNotices(
            MovedPatients moved,
            PatientRepository patients,
            NotifyMessages notify,
            SignInLinks links,
            ReplanNoticeSettings settings,
            Clock clock) {
        this.moved = moved;
        this.patients = patients;
        this.notify = notify;
        this.links = links;
        this.quiet = settings.quietHours();
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${console.replan-notices.every:1m}",
            initialDelay = "${console.replan-notices.first-after:30s}")
    void sweep() {
        int told = tellMoved();
        if (told > 0) {
            LOG.info("Told {} patients of appointments a re-plan moved", told);
        }
    }

    /** Tells everyone moved and not yet told whom this hour allows; how many were told. */
    int tellMoved() {
        int told = 0;
        while (true) {
            Instant now = clock.instant();
            Optional<MovedPatients.Told> next = moved.tellNext(quiet.at(now), now, this::tell);
            if (next.isEmpty() || next.get() instanceof MovedPatients.Told.TryLater) {
                return told;
            }
            if (next.get() instanceof MovedPatients.Told.Sent) {
                told++;
            }
        }
    }

    private MovedPatients.Told tell(MovedPatients.ToTell move) {
        if (!move.stillThere()) {
            return new MovedPatients.Told.NotByMessage("The appointment changed again before the patient was told");
        }
        Optional<Patient> found = patients.find(move.patient());
        if (found.isEmpty()) {
            return new MovedPatients.Told.NotByMessage("The patient's record could not be read");
        }
        Patient patient = found.get();
        Reach reach = Reach.of(patient);
        if (reach.asked() == Channel.LETTER) {
            return new MovedPatients.Told.NotByMessage(
                    "Asked for letters: the trust's RIS sends one on receiving the move");
        }
        Optional<String> cannot = reach.whyNot(reach.asked());
        if (cannot.isPresent()) {
            return new MovedPatients.Told.NotByMessage(cannot.get() + ": the trust's RIS sends a letter");
        }
        String url = links.url(move.patient(), Optional.of("/referrals/" + move.request()));
        String words =
                ReplanWords.message(patient.language(), move.exam(), move.startsAt(), move.room(), move.site(), url);
        NotifyMessages.Sent sent = reach.asked() == Channel.TEXT
                ? notify.text(reach.mobile().orElseThrow(), words)
                : notify.email(reach.email().orElseThrow(), words);
        if (sent instanceof NotifyMessages.Sent.Accepted accepted) {
            return new MovedPatients.Told.Sent(
                    reach.asked(),
                    accepted.reference(),
                    AuditRecord.bySystem(
                            "console",
                            AUDIT_ACTION,
                            Optional.of(move.patient()),
                            "told by " + (reach.asked() == Channel.TEXT ? "text" : "email")
                                    + " of the appointment re-plan run " + move.run() + " moved (Notify reference "
                                    + accepted.reference() + ")"));
        }
        int status = ((NotifyMessages.Sent.Refused) sent).httpStatus();
        // Notify answers 4xx for a message it will never send (a number it cannot text); anything else
        // (no answer, its own failure) may pass, so the patient is tried again at the next sweep.
        return status >= 400 && status < 500
                ? new MovedPatients.Told.NotByMessage("Notify refused the message (HTTP " + status + ")")
                : new MovedPatients.Told.TryLater();
    }
}
