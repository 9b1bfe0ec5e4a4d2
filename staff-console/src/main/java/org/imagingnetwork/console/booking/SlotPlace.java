package org.imagingnetwork.console.booking;

import java.time.Instant;
import org.imagingnetwork.core.diary.SlotId;

/** A slot as the clerk reads it back to the patient: when, where, and whether it is still free. */
record SlotPlace(
        SlotId id, Instant startsAt, Instant endsAt, boolean free, String siteCode, String siteName, String roomName) {}
