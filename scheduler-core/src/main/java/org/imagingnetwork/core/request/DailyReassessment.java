package org.imagingnetwork.core.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.time.London;

/**
 * Re-assesses appointability once a London day, whichever app instance gets there first: rules
 * whose conditions change with the date (an eGFR growing old, a planned date coming near) are asked
 * again. Every instance calls {@link #runIfDue} on a timer; the day's run row decides which one runs.
 */
public final class DailyReassessment {

    /** The actor on the event rows the run writes. */
    public static final String ACTOR = "system:daily-reassessment";

    /** A run that started this long ago and never finished (its instance died) may be taken over. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final RequestService requests;
    private final ReassessmentRuns runs;
    private final Clock clock;

    public DailyReassessment(RequestService requests, ReassessmentRuns runs, Clock clock) {
        this.requests = requests;
        this.runs = runs;
        this.clock = clock;
    }

    /** Runs today's re-assessment if no instance has; empty when another has it. */
    public Optional<Result> runIfDue(String instance) {
        Instant now = clock.instant();
        LocalDate day = London.clinicDay(now);
        if (!runs.claim(day, instance, now, now.minus(ABANDONED_AFTER))) {
            return Optional.empty();
        }
        Result result = requests.reassessForTheDay(ACTOR);
        runs.finish(day, instance, result, clock.instant());
        return Optional.of(result);
    }

    /** What a day's run moved. */
    public record Result(int becameAppointable, int lapsed) {}
}
