package org.imagingnetwork.console.waitinglist;

import java.time.Instant;

/** The first free, released slot that can take an exam at a site. */
record EarliestFree(String exam, String site, Instant at) {}
