package org.imagingnetwork.core.offer;

public enum OfferStatus {
    /** Sent to the patient, who may accept it, pick another slot or decline, until it expires. */
    OPEN,
    /** The patient booked the slot (the booking transaction marks it). */
    ACCEPTED,
    DECLINED,
    /** Taken back by staff. */
    WITHDRAWN,
    /** Nobody answered in time. */
    EXPIRED,
    /** Someone else booked the slot first (the booking transaction marks it). */
    GONE
}
