package org.imagingnetwork.fhir.slotsearch;

import java.time.Instant;
import java.util.Optional;

/** What a channel asked for: free slots in [from, to), optionally for one exam, site or room. */
record SlotQuery(
        Instant from, Instant to, Optional<String> exam, Optional<String> site, Optional<String> room, int limit) {}
