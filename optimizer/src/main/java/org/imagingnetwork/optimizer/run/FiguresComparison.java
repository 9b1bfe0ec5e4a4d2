package org.imagingnetwork.optimizer.run;

import org.imagingnetwork.optimizer.allocation.PlanFigures;

/** A run's key figures before (the diary and bookings as they stood) and after (with its proposals). */
public record FiguresComparison(PlanFigures before, PlanFigures after) {}
