package org.imagingnetwork.optimizer.run;

public enum ScopeLevel {
    NETWORK,
    /** One integrated care system, by its code. */
    ICS,
    /** One trust, by its ODS code. */
    TRUST
}
