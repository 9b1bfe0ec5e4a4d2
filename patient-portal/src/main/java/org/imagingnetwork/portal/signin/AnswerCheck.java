package org.imagingnetwork.portal.signin;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.imagingnetwork.core.ratelimit.Attempt;
import org.imagingnetwork.core.ratelimit.RateLimiter;
import org.imagingnetwork.core.signin.SignInLink;
import org.imagingnetwork.core.signin.SignInLinkStore;
import org.imagingnetwork.portal.web.PortalSettings;

/**
 * Checks a link holder's date of birth and postcode against the patient's record. Guessing is
 * stopped twice over: Redis slows attempts per link and per address across every instance, and the
 * link itself locks for good in PostgreSQL after a few wrong answers.
 */
@Singleton
class AnswerCheck {

    sealed interface Outcome {
        record Right(PatientIdentities.Identity patient) implements Outcome {}

        record Wrong(int attemptsLeft) implements Outcome {}

        record Locked() implements Outcome {}

        record TooFast(Duration retryAfter) implements Outcome {}
    }

    static final int PER_LINK_PER_WINDOW = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final SignInLinkStore links;
    private final PatientIdentities patients;
    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final int lockAfter;
    private final int perAddress;

    AnswerCheck(
            SignInLinkStore links,
            PatientIdentities patients,
            RateLimiter rateLimiter,
            Clock clock,
            PortalSettings settings) {
        this.links = links;
        this.patients = patients;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.lockAfter = settings.maxAnswerAttempts();
        this.perAddress = settings.answerAttemptsPerAddress();
    }

    Outcome check(SignInLink link, Answers answers, String clientAddress) {
        if (link.locked()) {
            return new Outcome.Locked();
        }
        for (Attempt attempt : new Attempt[] {
            rateLimiter.attempt("signin:link:" + link.id(), PER_LINK_PER_WINDOW, WINDOW),
            rateLimiter.attempt("signin:address:" + clientAddress, perAddress, WINDOW)
        }) {
            if (attempt instanceof Attempt.Limited limited) {
                return new Outcome.TooFast(limited.retryAfter());
            }
        }
        Instant now = clock.instant();
        PatientIdentities.Identity patient = patients.byId(link.patient()).orElseThrow();
        boolean right =
                answers.dateOfBirth().filter(patient.dateOfBirth()::equals).isPresent()
                        && answers.parsedPostcode()
                                .filter(p -> p.value().equals(patient.postcode()))
                                .isPresent();
        if (right) {
            rateLimiter.reset("signin:link:" + link.id());
            links.recordUse(link.id(), now);
            return new Outcome.Right(patient);
        }
        int failed = links.recordWrongAnswer(link.id(), lockAfter, now);
        return failed >= lockAfter ? new Outcome.Locked() : new Outcome.Wrong(lockAfter - failed);
    }
}
