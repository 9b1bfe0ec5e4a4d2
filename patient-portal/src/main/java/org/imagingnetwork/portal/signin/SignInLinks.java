package org.imagingnetwork.portal.signin;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.portal.web.Hmac;
import org.imagingnetwork.portal.web.PortalSettings;
import org.jdbi.v3.core.Jdbi;

/**
 * Issues and reads the signed, expiring links sent in texts and letters. The token is a random
 * link id and its HMAC: it names no patient and cannot be guessed or altered.
 */
@Singleton
public class SignInLinks {

    private final SignInLinkRepository links;
    private final Hmac hmac;
    private final PortalSettings settings;
    private final Clock clock;

    SignInLinks(SignInLinkRepository links, PortalSettings settings, Clock clock) {
        this.links = links;
        this.hmac = new Hmac(settings.linkSecret(), "sign-in-link");
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Links issued outside the running portal through its own code and key (the demo launcher,
     * the load tests' seeding): the same table, so the portal reads them as its own.
     */
    public static SignInLinks over(Jdbi jdbi, PortalSettings settings, Clock clock) {
        return new SignInLinks(new SignInLinkRepository(jdbi), settings, clock);
    }

    /** A new link for this patient; the returned token goes in {@code /l/<token>}. */
    public String issue(PatientId patient) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        links.insert(id, patient, now, now.plus(settings.linkLifetime()));
        return hmac.tokenFor(bytes(id));
    }

    /** The full address to send, optionally landing on a page of the portal after sign-in. */
    public String url(PatientId patient, Optional<String> next) {
        String base = settings.publicUrl().toString().replaceAll("/$", "") + "/l/" + issue(patient);
        return next.map(path -> base + "?next=" + path).orElse(base);
    }

    Optional<SignInLink> find(String token) {
        return hmac.verify(token)
                .filter(b -> b.length == 16)
                .map(SignInLinks::uuid)
                .flatMap(links::find);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }

    private static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
