package org.imagingnetwork.core.outbox;

/** What happened to an appointment that its trust's RIS must be told. */
public enum OutboxChange {
    BOOKED,
    CANCELLED,
    /** The patient moved to another slot; the RIS frees this one (the new appointment has its own BOOKED row). */
    MOVED_AWAY,
    /** A status the RIS sent us that other trusts' systems need to hear of. */
    STATUS
}
