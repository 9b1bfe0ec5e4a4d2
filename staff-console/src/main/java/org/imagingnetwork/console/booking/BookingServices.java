package org.imagingnetwork.console.booking;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.choice.ChoiceRequests;
import org.imagingnetwork.core.choice.EarliestFreeSlots;
import org.imagingnetwork.core.choice.FreeSlots;
import org.imagingnetwork.core.choice.SiteDirectory;
import org.imagingnetwork.core.choice.SlotChoice;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.jdbc.JdbiChoiceRequests;
import org.imagingnetwork.core.jdbc.JdbiFreeSlots;
import org.imagingnetwork.core.jdbc.JdbiPostcodeLocations;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.jdbi.v3.core.Jdbi;

/**
 * The portal's network search, from core, for the booking office. The console listens to no slot
 * change feed, so its {@link EarliestFreeSlots} keeps nothing and every search reads PostgreSQL: a
 * clerk on the phone always sees what is free now.
 */
@Factory
class BookingServices {

    @Singleton
    ChoiceRequests choiceRequests(Jdbi jdbi) {
        return new JdbiChoiceRequests(jdbi);
    }

    @Singleton
    FreeSlots freeSlots(Jdbi jdbi) {
        return new JdbiFreeSlots(jdbi);
    }

    @Singleton
    SiteDirectory siteDirectory(NetworkDirectory network, Clock clock) {
        return new SiteDirectory(network, clock);
    }

    @Singleton
    WhereSearch whereSearch(SiteDirectory sites, FreeSlots freeSlots, Jdbi jdbi, Clock clock) {
        return new WhereSearch(sites, new EarliestFreeSlots(freeSlots, clock), new JdbiPostcodeLocations(jdbi), clock);
    }

    @Singleton
    SlotChoice slotChoice(SiteDirectory sites, FreeSlots freeSlots, Clock clock) {
        return new SlotChoice(sites, freeSlots, clock);
    }
}
