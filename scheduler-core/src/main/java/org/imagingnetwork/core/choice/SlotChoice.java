package org.imagingnetwork.core.choice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.time.London;

/**
 * What "choose when" may offer a referral: the sites it can choose (one that sees patients of this
 * age, among those the referral allows) and, there, the free slots that fit it. Holding a time asks
 * the same question, so a slot id changed in the form (or a diary changed since the page was shown)
 * cannot hold a time the referral could not book.
 */
public final class SlotChoice {

    private final SiteDirectory sites;
    private final FreeSlots availability;
    private final Clock clock;

    public SlotChoice(SiteDirectory sites, FreeSlots availability, Clock clock) {
        this.sites = sites;
        this.availability = availability;
        this.clock = clock;
    }

    /** The site, if this referral can choose it. */
    public Optional<Site> site(ChoiceRequest request, String siteCode) {
        LocalDate today = London.clinicDay(clock.instant());
        return sites.site(siteCode)
                .filter(s -> s.accepts(request.ageOn(today)))
                .filter(s -> request.acceptableSites().isEmpty()
                        || request.acceptableSites().contains(siteCode));
    }

    /** Whether "choose when" would offer this slot, at this site, to this referral now (at any time of day). */
    public boolean offers(ChoiceRequest request, String siteCode, SlotId slot) {
        if (site(request, siteCode).isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        SlotSearch search = SlotSearch.of(request, London.clinicDay(now), TimeBands.parse(List.of()));
        return availability.fits(
                request, siteCode, slot, search, now.plus(WhereSearch.MINIMUM_NOTICE), now.plus(WhereSearch.HORIZON));
    }
}
