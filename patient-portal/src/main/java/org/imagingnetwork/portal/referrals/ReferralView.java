package org.imagingnetwork.portal.referrals;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import org.imagingnetwork.portal.web.Display;

/** A referral with its dates already written out for the page's language. */
public record ReferralView(
        Referral referral,
        String received,
        String preparation,
        @Nullable String appointmentDay,
        @Nullable String appointmentTime) {

    public static ReferralView of(Referral referral, Locale locale) {
        String language = locale.getLanguage();
        Referral.Booking booking = referral.booking();
        return new ReferralView(
                referral,
                Display.day(org.imagingnetwork.core.time.London.clinicDay(referral.receivedAt()), locale),
                referral.preparationIn(language),
                booking == null
                        ? null
                        : Display.day(org.imagingnetwork.core.time.London.clinicDay(booking.startsAt()), locale),
                booking == null ? null : Display.time(booking.startsAt(), locale));
    }
}
