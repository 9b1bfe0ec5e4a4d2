package org.imagingnetwork.core.booking;

import java.time.Instant;
import org.imagingnetwork.core.diary.SlotId;

/** A slot became free again (a cancellation, a reschedule): the offer engine's cue. */
public record SlotReleased(long releaseId, SlotId slot, String room, Instant releasedAt, String reason) {}
