package org.imagingnetwork.fhir.mapping;

/** The UK Core R4 profiles our resources claim in meta.profile. */
public final class UkCoreProfiles {

    private static final String BASE = "https://fhir.hl7.org.uk/StructureDefinition/";

    public static final String APPOINTMENT = BASE + "UKCore-Appointment";
    public static final String SLOT = BASE + "UKCore-Slot";
    public static final String SCHEDULE = BASE + "UKCore-Schedule";
    public static final String SERVICE_REQUEST = BASE + "UKCore-ServiceRequest";
    public static final String TASK = BASE + "UKCore-Task";

    private UkCoreProfiles() {}
}
