package org.imagingnetwork.core.patient;

public enum ContactPreference {
    SMS,
    EMAIL,
    LETTER
}
