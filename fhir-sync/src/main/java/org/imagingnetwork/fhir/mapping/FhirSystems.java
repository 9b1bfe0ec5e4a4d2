package org.imagingnetwork.fhir.mapping;

/**
 * The identifier and code systems we write and read. NHS-wide ones are the NHS's own; the rest are
 * ours, under one base URI, so a trust can tell our identifiers from its own.
 */
public final class FhirSystems {

    public static final String BASE = "https://fhir.imagingnetwork.nhs.uk";

    /** Our appointment UUID: the idempotency key of every write to a RIS. */
    public static final String APPOINTMENT = BASE + "/Id/appointment";

    public static final String SLOT = BASE + "/Id/slot";
    /** A room's diary: the Schedule a Slot belongs to. */
    public static final String ROOM = BASE + "/Id/room";

    public static final String REQUEST = BASE + "/Id/request";
    /** A referral's rejection at vetting (the Task the referring trust is told by): its request id. */
    public static final String REFERRAL_REJECTION = BASE + "/Id/referral-rejection";
    /** NICIP-style exam codes of the network's catalogue. */
    public static final String EXAM = BASE + "/CodeSystem/exam";
    /** The outbox sequence a RIS copy reflects, kept in meta.tag so a stale write can be recognised. */
    public static final String SYNC_SEQUENCE = BASE + "/CodeSystem/sync-sequence";

    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_SITE = "https://fhir.nhs.uk/Id/ods-site-code";
    public static final String ODS_ORGANISATION = "https://fhir.nhs.uk/Id/ods-organization-code";

    private FhirSystems() {}
}
