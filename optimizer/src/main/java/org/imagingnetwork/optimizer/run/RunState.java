package org.imagingnetwork.optimizer.run;

public enum RunState {
    /** Waiting for an instance to claim it. */
    QUEUED,
    /** Claimed by one instance, which holds a lease while it solves. */
    SOLVING,
    SOLVED,
    /** Stopped by a manager; the best result found so far is kept. */
    STOPPED,
    FAILED,
    /** Its proposals have been sent out as offers. */
    PUBLISHED
}
