package org.imagingnetwork.core.outbox;

/** What happened to an appointment, a slot or a referral that a trust's RIS must be told. */
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
    SLOT_STATUS,
    /**
     * A radiologist rejected the referral at vetting: the referring trust's RIS is told, with the reason
     * on the request's REJECTED event. The row names the request and the organisation that rejected it.
     */
    REFERRAL_REJECTED
}
