package org.imagingnetwork.portal.offers;

import java.time.Instant;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.GeoPoint;

/** A released slot still free and in the future, with where it is. */
record ReleasedSlot(long releaseId, SlotId slot, Instant startsAt, String site, GeoPoint location) {}
