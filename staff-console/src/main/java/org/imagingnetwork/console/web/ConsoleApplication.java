package org.imagingnetwork.console.web;

import io.micronaut.runtime.Micronaut;

/** The staff console: a stateless web app over the network's PostgreSQL and Redis. */
public final class ConsoleApplication {

    private ConsoleApplication() {}

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(ConsoleApplication.class)
                .defaultEnvironments("dev")
                .start();
    }
}
