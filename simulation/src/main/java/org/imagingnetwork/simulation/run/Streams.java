package org.imagingnetwork.simulation.run;

import java.util.SplittableRandom;

/**
 * Random streams split from the run's seed by a name and numbers, so that what happens to one
 * patient does not depend on what happened before to others: the same seed gives every policy the
 * same referrals, and each patient the same propensity to cancel, move, miss or accept, whatever
 * the policy did with them.
 */
public final class Streams {

    private final long seed;

    public Streams(long seed) {
        this.seed = seed;
    }

    public SplittableRandom of(String name, long... numbers) {
        long mixed = mix(seed ^ name.hashCode());
        for (long number : numbers) {
            mixed = mix(mixed ^ number);
        }
        return new SplittableRandom(mixed);
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
