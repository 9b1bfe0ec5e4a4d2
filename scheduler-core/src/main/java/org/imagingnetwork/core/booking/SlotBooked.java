package org.imagingnetwork.core.booking;

import java.time.Instant;
import org.imagingnetwork.core.diary.SlotId;

/** A free slot was booked: one fewer free slot in this room. */
public record SlotBooked(SlotId slot, String room, Instant bookedAt) {}
