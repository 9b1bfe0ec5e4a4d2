package org.imagingnetwork.core.booking;

/**
 * A request and a slot as they were read, without locks, for a booking that will only be written
 * if neither has changed since: the versions are what the write compares.
 */
public record BookingSnapshot(RequestForBooking request, int requestVersion, SlotForBooking slot, int slotVersion) {}
