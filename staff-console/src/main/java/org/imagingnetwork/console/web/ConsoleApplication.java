package org.imagingnetwork.console.web;

import io.micronaut.runtime.Micronaut;
import org.imagingnetwork.core.operations.RequiredSecrets;
import org.imagingnetwork.core.operations.RequiredSecrets.Secret;

/** The staff console: a stateless web app over the network's PostgreSQL and Redis. */
public final class ConsoleApplication {

    // The form tokens are random per session and kept in the signed session cookie: this key guards both.
    // The sign-in links the booking office sends are signed with the portal's link secret.
    static final RequiredSecrets SECRETS = RequiredSecrets.of(
            new Secret("CONSOLE_SESSION_SECRET", 32),
            new Secret("CIS2_CLIENT_SECRET", 16),
            new Secret("PORTAL_LINK_SECRET", 32),
            new Secret("NOTIFY_API_KEY", 74));

    private ConsoleApplication() {}

    public static void main(String[] args) {
        SECRETS.checkOrExit(System.getenv());
        Micronaut.build(args)
                .mainClass(ConsoleApplication.class)
                .defaultEnvironments("dev")
                .start();
    }
}
