package org.imagingnetwork.console.booking;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.jdbc.JdbiSignInLinks;
import org.imagingnetwork.core.notify.NotifyMessages;
import org.imagingnetwork.core.patient.PatientRepository;
import org.imagingnetwork.core.signin.LinkSettings;
import org.imagingnetwork.core.signin.SignInLinks;
import org.jdbi.v3.core.Jdbi;

/** Core's sign-in links (the portal's, with its key) and Notify client, as the booking office sends them. */
@Factory
class LinkServices {

    @Singleton
    SignInLinks signInLinks(Jdbi jdbi, SignInLinkSettings settings, Clock clock) {
        return new SignInLinks(
                new JdbiSignInLinks(jdbi),
                new LinkSettings(settings.portalUrl(), settings.secret(), settings.lifetime()),
                clock);
    }

    @Singleton
    NotifyMessages notifyMessages(NotifyConfiguration configuration) {
        return new NotifyMessages(configuration.settings());
    }

    @Singleton
    PatientRepository patients(Jdbi jdbi, Clock clock) {
        return new JdbiPatientRepository(jdbi, clock);
    }
}
