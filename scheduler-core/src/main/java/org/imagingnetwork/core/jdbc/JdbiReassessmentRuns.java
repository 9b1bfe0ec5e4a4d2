package org.imagingnetwork.core.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import org.imagingnetwork.core.request.DailyReassessment;
import org.imagingnetwork.core.request.ReassessmentRuns;
import org.jdbi.v3.core.Jdbi;

/** The day's run row: the primary key on the day makes one claim win however many instances try. */
public final class JdbiReassessmentRuns implements ReassessmentRuns {

    private final Jdbi jdbi;

    public JdbiReassessmentRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean claim(LocalDate day, String instance, Instant at, Instant abandonedBefore) {
        return jdbi.withHandle(h -> h.createUpdate("""
                                insert into reassessment_run (run_day, claimed_by, claimed_at)
                                values (:day, :instance, :at)
                                on conflict (run_day) do update
                                    set claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at
                                    where reassessment_run.finished_at is null
                                      and reassessment_run.claimed_at < :abandonedBefore
                                """)
                        .bind("day", day)
                        .bind("instance", instance)
                        .bind("at", Rows.utc(at))
                        .bind("abandonedBefore", Rows.utc(abandonedBefore))
                        .execute())
                == 1;
    }

    @Override
    public void finish(LocalDate day, String instance, DailyReassessment.Result result, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update reassessment_run
                        set finished_at = :at, became_appointable = :appointable, lapsed = :lapsed
                        where run_day = :day and claimed_by = :instance
                        """)
                .bind("day", day)
                .bind("instance", instance)
                .bind("at", Rows.utc(at))
                .bind("appointable", result.becameAppointable())
                .bind("lapsed", result.lapsed())
                .execute());
    }
}
