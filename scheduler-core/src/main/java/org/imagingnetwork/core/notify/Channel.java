package org.imagingnetwork.core.notify;

/** How a message reaches a patient. */
public enum Channel {
    TEXT,
    EMAIL,
    /** On paper: the network holds no postal address, so a letter is printed and posted by the booking office. */
    LETTER
}
