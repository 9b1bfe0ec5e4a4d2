package org.imagingnetwork.console.access;

/**
 * What a member of staff may do in the console. A signed-in session carries its permissions as
 * its security roles, so every route names the one permission it needs ({@code @Secured}); what a
 * permission reaches is limited further by the member's {@link Scope}.
 */
public enum Permission {
    VIEW_WORKLIST("See the waiting list of the trusts in scope"),
    VIEW_PATIENT("Open a patient's requests and appointments (every opening is audited)"),
    BOOK_ON_BEHALF("Hold, book, move and cancel appointments for a patient, and send sign-in links"),
    VET("Justify or reject referrals in the vetting queue"),
    VIEW_DIARY("See the network diary of the sites in scope"),
    CHANGE_DIARY("Block and release slots and sessions, add ad-hoc sessions"),
    MANAGE_STAFF_AVAILABILITY("Record leave, sickness and training"),
    EDIT_RULES("Change the appointability rules of the trusts in scope"),
    RETRY_RIS_WRITES("See RIS writes the relay parked and send them again"),
    RUN_OPTIMISATION("Start, watch, stop and compare optimisation runs"),
    PUBLISH_OPTIMISATION("Publish an optimisation run's diary or offers"),
    VIEW_FIGURES("See the network's figures (BI dashboards)"),
    VIEW_AUDIT("Read the audit log and export it");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
