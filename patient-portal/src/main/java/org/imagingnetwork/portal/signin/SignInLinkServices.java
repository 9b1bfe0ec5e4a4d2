package org.imagingnetwork.portal.signin;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.jdbc.JdbiSignInLinks;
import org.imagingnetwork.core.signin.LinkSettings;
import org.imagingnetwork.core.signin.SignInLinkStore;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.portal.web.PortalSettings;
import org.jdbi.v3.core.Jdbi;

/** Core's sign-in links, signed with the portal's link secret; the staff console makes them with the same key. */
@Factory
class SignInLinkServices {

    @Singleton
    SignInLinkStore signInLinkStore(Jdbi jdbi) {
        return new JdbiSignInLinks(jdbi);
    }

    @Singleton
    SignInLinks signInLinks(SignInLinkStore store, PortalSettings settings, Clock clock) {
        return new SignInLinks(
                store, new LinkSettings(settings.publicUrl(), settings.linkSecret(), settings.linkLifetime()), clock);
    }
}
