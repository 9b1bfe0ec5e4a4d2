package org.imagingnetwork.optimizer.allocation;

import java.util.Arrays;

/**
 * The least total cost of giving each row its own column (rows no more than columns), by the
 * Hungarian method with potentials, O(rows² × columns). For the exact allocation search.
 */
final class Hungarian {
    private Hungarian() {}

    /** @param cost cost[row][column]; Long.MAX_VALUE / 4 or more marks a pair that is not allowed */
    static long minimumCost(long[][] cost) {
        int n = cost.length;
        if (n == 0) {
            return 0;
        }
        int m = cost[0].length;
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[m + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        long current = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (current < minv[j]) {
                            minv[j] = current;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        long total = 0;
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                total += cost[p[j] - 1][j - 1];
            }
        }
        return total;
    }
}
