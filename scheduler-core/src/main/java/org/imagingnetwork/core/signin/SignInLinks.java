package org.imagingnetwork.core.signin;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.patient.PatientId;

/**
 * Issues and reads the signed, expiring links sent to patients in texts, emails and letters, for
 * every app: the portal reads them when a patient follows one, the portal and the staff console make
 * them. The token is a random link id and its HMAC: it names no patient and cannot be guessed or
 * altered, and the link still asks for the patient's date of birth and postcode.
 */
public final class SignInLinks {

    /** A link made for a patient: its id and the address to send them. */
    public record Issued(UUID id, PatientId patient, String url) {}

    private final SignInLinkStore links;
    private final Hmac hmac;
    private final LinkSettings settings;
    private final Clock clock;

    public SignInLinks(SignInLinkStore links, LinkSettings settings, Clock clock) {
        this.links = links;
        this.hmac = new Hmac(settings.secret(), "sign-in-link");
        this.settings = settings;
        this.clock = clock;
    }

    /** A new link for this patient; the returned token goes in {@code /l/<token>}. */
    public String issue(PatientId patient) {
        return token(issueId(patient));
    }

    /** The full address of a new link to send, optionally landing on a page of the portal after sign-in. */
    public String url(PatientId patient, Optional<String> next) {
        return url(issueId(patient), next);
    }

    /**
     * A link for this patient that does not work yet: a member of staff sends its address first and
     * then {@link #record records} it, so a message that was refused leaves no link on record as sent.
     */
    public Issued prepare(PatientId patient) {
        UUID id = UUID.randomUUID();
        return new Issued(id, patient, url(id, Optional.empty()));
    }

    /** Makes a prepared link work from now, with the audit row of who sent it, in one transaction. */
    public void record(Issued link, AuditRecord sentBy) {
        Instant now = clock.instant();
        links.insert(link.id(), link.patient(), now, now.plus(settings.lifetime()), sentBy);
    }

    /** The address of a link already made (to print it on a letter). */
    public String url(UUID link) {
        return url(link, Optional.empty());
    }

    /** The link a token names, if the token is ours and the link exists. */
    public Optional<SignInLink> find(String token) {
        return hmac.verify(token)
                .filter(b -> b.length == 16)
                .map(SignInLinks::uuid)
                .flatMap(links::find);
    }

    public Optional<SignInLink> find(UUID id) {
        return links.find(id);
    }

    /** The link made last for this patient, by any app for any reason. */
    public Optional<SignInLink> latestFor(PatientId patient) {
        return links.latestFor(patient);
    }

    private UUID issueId(PatientId patient) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        links.insert(id, patient, now, now.plus(settings.lifetime()));
        return id;
    }

    private String url(UUID id, Optional<String> next) {
        String base = settings.portalUrl().toString().replaceAll("/$", "") + "/l/" + token(id);
        return next.map(path -> base + "?next=" + path).orElse(base);
    }

    private String token(UUID id) {
        return hmac.tokenFor(bytes(id));
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
