package org.imagingnetwork.core.audit;

/** The actions core itself records; apps add their own (such as viewing a record). */
public final class AuditActions {
    public static final String PATIENT_REGISTERED = "PATIENT_REGISTERED";
    public static final String PATIENT_UPDATED = "PATIENT_UPDATED";
    public static final String RULE_CREATED = "RULE_CREATED";
    public static final String RULE_ENABLED = "RULE_ENABLED";
    public static final String RULE_DISABLED = "RULE_DISABLED";
    public static final String ABSENCE_RECORDED = "ABSENCE_RECORDED";
    public static final String ABSENCE_WITHDRAWN = "ABSENCE_WITHDRAWN";
    /** Staff put a change the relay parked back in the queue for the trust's RIS. */
    public static final String RIS_DELIVERY_RETRIED = "RIS_DELIVERY_RETRIED";
    /** Staff booked, moved or cancelled an appointment on a patient's behalf. */
    public static final String APPOINTMENT_BOOKED = "APPOINTMENT_BOOKED";

    public static final String APPOINTMENT_MOVED = "APPOINTMENT_MOVED";
    public static final String APPOINTMENT_CANCELLED = "APPOINTMENT_CANCELLED";
    /** Staff sent a patient a link to sign in to the portal (by text, email or letter). */
    public static final String SIGN_IN_LINK_SENT = "SIGN_IN_LINK_SENT";
    /** Staff tried to send a sign-in link and Notify refused it: no link was made. */
    public static final String SIGN_IN_LINK_NOT_SENT = "SIGN_IN_LINK_NOT_SENT";

    private AuditActions() {}
}
