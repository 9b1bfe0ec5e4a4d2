package org.imagingnetwork.portal.web;

import io.micronaut.runtime.Micronaut;

/** The patient portal: a stateless web app over the network's PostgreSQL and Redis. */
public final class PortalApplication {

    private PortalApplication() {}

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(PortalApplication.class)
                .defaultEnvironments("dev")
                .start();
    }
}
