package org.imagingnetwork.portal.choice;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.booking.SlotChangeListener;
import org.imagingnetwork.core.choice.ChoiceRequests;
import org.imagingnetwork.core.choice.EarliestFreeSlots;
import org.imagingnetwork.core.choice.FreeSlots;
import org.imagingnetwork.core.choice.SiteDirectory;
import org.imagingnetwork.core.choice.SlotChoice;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.jdbc.JdbiChoiceRequests;
import org.imagingnetwork.core.jdbc.JdbiFreeSlots;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiPostcodeLocations;
import org.jdbi.v3.core.Jdbi;

/**
 * Core's "choose where" and "choose when", one of each per instance. {@link EarliestFreeSlots} is
 * also the slot-change listener the Redis feed tells, so this instance's kept answers follow every
 * instance's bookings.
 */
@Factory
class ChoiceServices {

    @Singleton
    ChoiceRequests choiceRequests(Jdbi jdbi) {
        return new JdbiChoiceRequests(jdbi);
    }

    @Singleton
    FreeSlots freeSlots(Jdbi jdbi) {
        return new JdbiFreeSlots(jdbi);
    }

    @Singleton
    SiteDirectory siteDirectory(Jdbi jdbi, Clock clock) {
        return new SiteDirectory(new JdbiNetworkDirectory(jdbi), clock);
    }

    @Singleton
    @Bean(typed = {EarliestFreeSlots.class, SlotChangeListener.class})
    EarliestFreeSlots earliestFreeSlots(FreeSlots freeSlots, Clock clock) {
        return new EarliestFreeSlots(freeSlots, clock);
    }

    @Singleton
    WhereSearch whereSearch(SiteDirectory sites, EarliestFreeSlots earliest, Jdbi jdbi, Clock clock) {
        return new WhereSearch(sites, earliest, new JdbiPostcodeLocations(jdbi), clock);
    }

    @Singleton
    SlotChoice slotChoice(SiteDirectory sites, FreeSlots freeSlots, Clock clock) {
        return new SlotChoice(sites, freeSlots, clock);
    }
}
