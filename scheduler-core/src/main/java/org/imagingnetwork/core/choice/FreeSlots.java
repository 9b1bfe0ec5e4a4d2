package org.imagingnetwork.core.choice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.diary.SlotId;

/** Free slots a referral could be booked into: PostgreSQL in the product. */
public interface FreeSlots {

    /** A bookable time: one slot per start time, whichever room it is in. */
    record FreeSlot(SlotId id, Instant startsAt, Instant endsAt) {}

    /**
     * The earliest free start that fits, per room, among these rooms (already known to fit the
     * referral's room needs); rooms with none before {@code until} are absent.
     */
    Map<String, Instant> earliestByRoom(SlotSearch search, Collection<String> rooms, Instant from, Instant until);

    /** Free times at one site in [from, until), earliest first. */
    List<FreeSlot> at(ChoiceRequest request, String site, SlotSearch search, Instant from, Instant until);

    /** Whether this slot, at this site, is free in [from, until) and fits the referral. */
    boolean fits(ChoiceRequest request, String site, SlotId slot, SlotSearch search, Instant from, Instant until);
}
