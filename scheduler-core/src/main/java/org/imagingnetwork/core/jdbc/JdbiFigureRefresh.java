package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.imagingnetwork.core.bi.FigureRefresh;
import org.imagingnetwork.core.bi.Freshness;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Rebuilds the BI views of migrations V26 and V27 in one transaction: the refresh moment is stamped first,
 * from the injected clock, and every view reads nothing after it, so all figures describe one moment.
 * {@code REFRESH MATERIALIZED VIEW CONCURRENTLY} lets dashboards keep reading the previous figures
 * meanwhile. A transaction-level advisory lock lets one instance rebuild at a time; an instance that
 * waited for another's rebuild, stamped no earlier than it asked, returns that one instead of repeating it.
 */
@Singleton
public final class JdbiFigureRefresh implements FigureRefresh {

    /** The advisory lock's key: "bi_refresh" spelt as a number, clear of any other lock in the schema. */
    private static final long LOCK = 0x62695f7265667265L;

    /** In dependency order: the census and milestone views read the request view. */
    private static final List<String> VIEWS = List.of(
            "bi_request",
            "bi_waiting_week",
            "bi_waiting_span",
            "bi_milestone",
            "bi_event_day",
            "bi_slot_day",
            "bi_booking",
            "bi_release",
            "bi_offer_day");

    private final Jdbi jdbi;
    private final Clock clock;

    @Inject
    public JdbiFigureRefresh(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Freshness refresh() {
        Instant asked = clock.instant();
        long seen = freshness().generation();
        return jdbi.inTransaction(h -> {
            h.execute("select pg_advisory_xact_lock(?)", LOCK);
            Freshness now = read(h);
            if (now.generation() != seen && !now.refreshedAt().isBefore(asked)) {
                return now;
            }
            h.createUpdate("update bi_refresh set refreshed_at = :at, generation = generation + 1")
                    .bind("at", Rows.utc(clock.instant()))
                    .execute();
            for (String view : VIEWS) {
                h.execute("refresh materialized view concurrently " + view);
                // Fresh statistics at once, not whenever autovacuum comes by: the figure queries are
                // planned from them.
                h.execute("analyze " + view);
            }
            return read(h);
        });
    }

    @Override
    public Freshness freshness() {
        return jdbi.withHandle(JdbiFigureRefresh::read);
    }

    private static Freshness read(Handle h) {
        return h.createQuery("select refreshed_at, generation from bi_refresh")
                .map((rs, ctx) -> new Freshness(Rows.instant(rs, "refreshed_at"), rs.getLong("generation")))
                .one();
    }
}
