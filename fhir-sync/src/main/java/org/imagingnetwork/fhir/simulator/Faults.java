package org.imagingnetwork.fhir.simulator;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The fault switches of one simulated RIS. Each can be flipped while the simulator runs (tests,
 * or the admin endpoint in a demo); rates are the share of requests that meet the fault, drawn
 * from a seeded generator so a failing run can be repeated.
 */
public final class Faults {

    /** What happens to one incoming request. */
    public enum Fault {
        NONE,
        /** Refuse the connection before reading the request, as a RIS that is down does. */
        DOWN,
        /** Answer 500 without storing anything. */
        SERVER_ERROR,
        /** Answer 409 without storing anything. */
        CONFLICT,
        /** Store the write, then drop the connection before the client hears the answer. */
        DROP_AFTER_COMMIT
    }

    private volatile boolean down;
    private volatile Duration delay = Duration.ZERO;
    private volatile double serverErrorRate;
    private volatile double conflictRate;
    private volatile double dropAfterCommitRate;
    private final SplittableRandom random;

    public Faults(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public Faults down(boolean value) {
        this.down = value;
        return this;
    }

    /** Every request waits this long before it is handled: a slow RIS, or one that times out. */
    public Faults slow(Duration value) {
        this.delay = value;
        return this;
    }

    public Faults serverErrors(double rate) {
        this.serverErrorRate = checkedRate(rate);
        return this;
    }

    public Faults conflicts(double rate) {
        this.conflictRate = checkedRate(rate);
        return this;
    }

    public Faults dropsAfterCommit(double rate) {
        this.dropAfterCommitRate = checkedRate(rate);
        return this;
    }

    /** Back to a healthy RIS. */
    public Faults clear() {
        down = false;
        delay = Duration.ZERO;
        serverErrorRate = 0;
        conflictRate = 0;
        dropAfterCommitRate = 0;
        return this;
    }

    public Duration delay() {
        return delay;
    }

    /** Draws the fault for one request. Reads only need {@code DOWN}; only writes can fail after commit. */
    Fault draw(boolean write) {
        if (down) {
            return Fault.DOWN;
        }
        double roll;
        synchronized (random) {
            roll = random.nextDouble();
        }
        if (roll < serverErrorRate) {
            return Fault.SERVER_ERROR;
        }
        roll -= serverErrorRate;
        if (roll < conflictRate) {
            return Fault.CONFLICT;
        }
        roll -= conflictRate;
        if (write && roll < dropAfterCommitRate) {
            return Fault.DROP_AFTER_COMMIT;
        }
        return Fault.NONE;
    }

    @Override
    public String toString() {
        return "down=" + down + " delay=" + delay.toMillis() + "ms serverErrors=" + serverErrorRate + " conflicts="
                + conflictRate + " dropsAfterCommit=" + dropAfterCommitRate;
    }

    private static double checkedRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("a rate is between 0 and 1");
        }
        return rate;
    }
}
