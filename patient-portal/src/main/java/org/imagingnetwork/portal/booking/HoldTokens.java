package org.imagingnetwork.portal.booking;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.signin.Hmac;
import org.imagingnetwork.portal.web.PortalSettings;

/**
 * The token a patient holds times with for one referral. It is the same every time they hold a
 * time for that referral, so a patient who goes back and chooses the same time again finds their
 * own hold instead of "someone else is booking that time"; it is signed with the portal's key, so
 * nobody else can work it out from the ids.
 */
@Singleton
final class HoldTokens {

    private final Hmac hmac;

    HoldTokens(PortalSettings settings) {
        this.hmac = new Hmac(settings.linkSecret(), "slot-hold");
    }

    HoldToken forReferral(ChoiceRequest request) {
        String holder = request.patient().value() + ":" + request.id().value();
        return new HoldToken(hmac.tokenFor(holder.getBytes(StandardCharsets.UTF_8)));
    }
}
