package org.imagingnetwork.optimizer.diary;

/**
 * What a change to the published diary costs, in the same unit as the other soft goals (a minute
 * of unmet demand). The defaults make re-typing a session worth it only for more than two hours of
 * demand met, and swapping a member of staff only for more than an hour.
 */
public record DiaryWeights(long perSessionChange, long perStaffChange) {

    public DiaryWeights {
        if (perSessionChange < 0 || perStaffChange < 0) {
            throw new IllegalArgumentException("change weights cannot be negative");
        }
    }

    public static DiaryWeights standard() {
        return new DiaryWeights(120, 60);
    }
}
