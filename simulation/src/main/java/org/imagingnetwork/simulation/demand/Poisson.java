package org.imagingnetwork.simulation.demand;

import java.util.SplittableRandom;

/** Draws counts of independent arrivals with a given mean. */
final class Poisson {

    private Poisson() {}

    static int draw(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            // Knuth's product of uniforms underflows for large means; the normal approximation is close there.
            double normal = mean + Math.sqrt(mean) * gaussian(random);
            return (int) Math.max(0, Math.round(normal));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
