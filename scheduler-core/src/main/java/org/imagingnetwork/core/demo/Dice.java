package org.imagingnetwork.core.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance. Each part of the network rolls its own dice, split from the
 * seed by a name, so the same seed always gives the same network, and changing how one part is drawn
 * (say, patients) leaves every other part as it was.
 */
final class Dice {

    private final long seed;
    private final SplittableRandom random;

    private Dice(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    static Dice seeded(long seed) {
        return new Dice(seed);
    }

    /**
     * Dice for one named part, drawn from this one's seed and the name alone (String.hashCode is fixed
     * by the language), so no part's draws depend on how many another part made.
     */
    Dice forPart(String part) {
        return new Dice(new SplittableRandom(seed ^ (part.hashCode() * 0x9E3779B97F4A7C15L)).nextLong());
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    double between(double low, double high) {
        return random.nextDouble(low, high);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** One of {@code options}, each as likely as its weight. */
    <T> T pick(List<T> options, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble(total);
        for (int i = 0; i < options.size(); i++) {
            roll -= weights[i];
            if (roll < 0) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    /** A value from a bell curve around {@code mean}, kept within {@code low}–{@code high}. */
    double normal(double mean, double spread, double low, double high) {
        double value = mean + random.nextGaussian() * spread;
        return Math.max(low, Math.min(high, value));
    }
}
