package org.imagingnetwork.core.offer;

public enum OfferStatus {
    /** Sent to the patient, who may accept it, pick another slot or decline. */
    OPEN,
    ACCEPTED,
    DECLINED,
    /** Taken back by staff, or the slot went another way. */
    WITHDRAWN,
    EXPIRED
}
