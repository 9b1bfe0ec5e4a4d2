package org.imagingnetwork.console.riswrites;

import java.util.List;
import org.imagingnetwork.core.outbox.ParkedWrite;

/**
 * One trust's parked RIS writes on the page: how many there are, and the oldest of them.
 *
 * @param shown the oldest parked rows, at most {@link RisWritesController#SHOWN} across the page
 */
record TrustParked(String odsCode, String name, int count, List<ParkedWrite> shown) {}
