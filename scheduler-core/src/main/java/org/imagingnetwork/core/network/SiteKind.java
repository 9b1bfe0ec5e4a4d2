package org.imagingnetwork.core.network;

public enum SiteKind {
    ACUTE,
    /** Community Diagnostic Centre. */
    CDC,
    COMMUNITY_HOSPITAL
}
