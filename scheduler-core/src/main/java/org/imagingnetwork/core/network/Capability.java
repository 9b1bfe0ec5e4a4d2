package org.imagingnetwork.core.network;

/** Equipment a room has, which some exams and session types require. */
public enum Capability {
    TESLA_3,
    WIDE_BORE,
    CARDIAC,
    CONTRAST_INJECTOR,
    BARIATRIC_TABLE,
    PAEDIATRIC_KIT,
    GENERAL_ANAESTHETIC_SUPPORT
}
