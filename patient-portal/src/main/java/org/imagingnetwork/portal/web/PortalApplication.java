package org.imagingnetwork.portal.web;

import io.micronaut.runtime.Micronaut;
import java.util.Map;
import org.imagingnetwork.core.operations.RequiredSecrets;
import org.imagingnetwork.core.operations.RequiredSecrets.Secret;

/** The patient portal: a stateless web app over the network's PostgreSQL and Redis. */
public final class PortalApplication {

    private static final Secret SESSION = new Secret("PORTAL_SESSION_SECRET", 32);
    private static final Secret LINK = new Secret("PORTAL_LINK_SECRET", 32);
    // Notify's keys are a name, the service id and the secret: 74 characters with the shortest name.
    private static final Secret NOTIFY = new Secret("NOTIFY_API_KEY", 74);
    private static final Secret NHS_LOGIN = new Secret("NHS_LOGIN_CLIENT_SECRET", 16);

    private PortalApplication() {}

    public static void main(String[] args) {
        secrets(System.getenv()).checkOrExit(System.getenv());
        Micronaut.build(args)
                .mainClass(PortalApplication.class)
                .defaultEnvironments("dev")
                .start();
    }

    /** NHS login's client secret is needed only where NHS login is on. */
    static RequiredSecrets secrets(Map<String, String> environment) {
        return "false".equalsIgnoreCase(environment.get("NHS_LOGIN_ENABLED"))
                ? RequiredSecrets.of(SESSION, LINK, NOTIFY)
                : RequiredSecrets.of(SESSION, LINK, NOTIFY, NHS_LOGIN);
    }
}
