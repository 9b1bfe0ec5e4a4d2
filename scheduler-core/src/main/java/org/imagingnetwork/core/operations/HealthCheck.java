package org.imagingnetwork.core.operations;

import java.util.Map;

/**
 * Something an app needs in order to serve, asked by its readiness endpoint: {@link #check}
 * returns what an operator may see when it is up and throws when it is not.
 */
public interface HealthCheck {

    /** The component's name in the health answer: database, redis, relay. */
    String name();

    Map<String, Object> check();

    /**
     * Whether the app cannot serve while this is down. A readiness endpoint answers 503 only for
     * these; the others are reported as degraded, so that a load balancer keeps every instance in
     * service through an outage that only slows or thins what they do.
     */
    default boolean neededToServe() {
        return true;
    }
}
