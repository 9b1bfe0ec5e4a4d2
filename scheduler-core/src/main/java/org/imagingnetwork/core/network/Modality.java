package org.imagingnetwork.core.network;

/** Imaging modalities a room can offer. */
public enum Modality {
    XR("X-ray"),
    US("Ultrasound"),
    CT("CT"),
    MR("MRI"),
    DEXA("DEXA bone density"),
    MAMMOGRAPHY("Mammography"),
    FLUOROSCOPY("Fluoroscopy");

    private final String displayName;

    Modality(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
