package org.imagingnetwork.fhir.slotsearch;

import java.time.Instant;
import java.util.List;

/** A free, bookable slot as a booking channel sees it. */
record FreeSlot(long id, String roomId, String siteOdsCode, Instant start, Instant end, List<String> exams) {}
