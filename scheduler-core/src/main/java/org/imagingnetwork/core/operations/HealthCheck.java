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
}
