package org.imagingnetwork.core.outbox;

/** What happened to an appointment, or to a slot, that the trust's RIS must be told. */
public enum OutboxChange {
    BOOKED,
    CANCELLED,
    /** The patient moved to another slot; the RIS frees this one (the new appointment has its own BOOKED row). */
    MOVED_AWAY,
    /** A status the RIS sent us that other trusts' systems need to hear of. */
    STATUS,
    /**
     * Staff changed a slot's status with no appointment changing: blocked it, opened it again, or added
     * it with a new session. The row names the slot and the status it was left in.
     */
    SLOT_STATUS
}
