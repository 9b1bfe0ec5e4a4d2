package org.imagingnetwork.core.patient;

/** Languages patients are written to in: English, and Welsh for patients who ask. */
public enum Language {
    EN,
    CY
}
