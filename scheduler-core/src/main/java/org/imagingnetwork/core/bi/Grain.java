package org.imagingnetwork.core.bi;

/** How finely a figure over time is cut: London days, or ISO weeks (Monday to Sunday). */
public enum Grain {
    DAY,
    WEEK
}
