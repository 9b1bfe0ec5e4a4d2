package org.imagingnetwork.console.figures;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.imagingnetwork.core.bi.FigureRefresh;
import org.imagingnetwork.core.bi.Freshness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the figures every few minutes in the background, so a dashboard never waits for it. Every
 * console instance runs it; the core lets one rebuild at a time and the others take that result.
 */
@Singleton
final class FigureRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(FigureRefresher.class);

    private final FigureRefresh refresh;

    FigureRefresher(FigureRefresh refresh) {
        this.refresh = refresh;
    }

    @Scheduled(fixedDelay = "${console.figures.refresh-every}", initialDelay = "${console.figures.first-refresh-after}")
    void refresh() {
        long started = System.nanoTime();
        Freshness now = refresh.refresh();
        LOG.info(
                "Figures as at {} (generation {}) after {} ms",
                now.refreshedAt(),
                now.generation(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
