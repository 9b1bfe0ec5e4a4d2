package org.imagingnetwork.console.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.request.RequestId;

/**
 * The token a clerk holds times with for one request: worked out from their session's own secret
 * form token and the request, so it is the same each time they come back to the request in this
 * session (their own hold is theirs to confirm), never leaves the server, and no other session —
 * another clerk, or the patient in the portal — can confirm a time this clerk holds.
 */
final class HoldTokens {

    private HoldTokens() {}

    static HoldToken of(StaffUser user, RequestId request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("slot-hold:" + user.formToken() + ":" + request.value()).getBytes(StandardCharsets.UTF_8));
            return new HoldToken(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
