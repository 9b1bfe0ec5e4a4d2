package org.imagingnetwork.core.bi;

/**
 * Rebuilds the figures from the request events, appointments, diary and offers. Safe to call from
 * any number of app instances at once: one rebuilds while the others wait, and a call that waited
 * for a rebuild started after it asked takes that one instead of doing it again.
 */
public interface FigureRefresh {

    /** Rebuilds every figure as at the clock's now, unless another instance just did; returns the result. */
    Freshness refresh();

    Freshness freshness();
}
