package org.imagingnetwork.core.network;

public enum StaffRole {
    RADIOGRAPHER,
    SONOGRAPHER,
    RADIOLOGIST,
    ASSISTANT_PRACTITIONER,
    NURSE,
    ANAESTHETIST
}
