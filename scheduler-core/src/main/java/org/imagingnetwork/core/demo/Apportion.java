package org.imagingnetwork.core.demo;

/**
 * Shares a whole number out in proportion to weights, so that the parts add up to exactly the total
 * (largest remainder), after giving each its minimum. Used so the generated network has exactly the
 * WMIN room counts, however the rooms are spread over sites.
 */
final class Apportion {

    private Apportion() {}

    static int[] largestRemainder(int total, double[] weights, int[] minimums) {
        int[] shares = new int[weights.length];
        int left = total;
        for (int i = 0; i < weights.length && left > 0; i++) {
            shares[i] = Math.min(minimums[i], left);
            left -= shares[i];
        }
        double weightSum = 0;
        for (double weight : weights) {
            weightSum += weight;
        }
        if (left == 0 || weightSum == 0) {
            return shares;
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = left * weights[i] / weightSum;
            int whole = (int) Math.floor(exact);
            shares[i] += whole;
            given += whole;
            remainders[i] = exact - whole;
        }
        for (int extra = left - given; extra > 0; extra--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
