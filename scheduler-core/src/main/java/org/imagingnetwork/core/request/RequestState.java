package org.imagingnetwork.core.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request is on its way from referral to report. The allowed moves are the whole state
 * machine; everything else is refused.
 */
public enum RequestState {
    RECEIVED,
    VETTED,
    REJECTED,
    /** Appointable: vetted and every condition of an appointability rule holds. */
    WAITING,
    APPOINTED,
    ATTENDED,
    DID_NOT_ATTEND,
    CANCELLED,
    ACQUIRED,
    REPORTED,
    AMENDED;

    public Set<RequestState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(VETTED, REJECTED, CANCELLED);
            case VETTED -> EnumSet.of(WAITING, REJECTED, CANCELLED);
            case REJECTED -> EnumSet.noneOf(RequestState.class);
            // An appointed request whose appointment is cancelled but still needs its exam goes back
            // to WAITING; CANCELLED means the request itself is withdrawn.
            // A waiting request whose appointability rested on a result that has since grown too old
            // (an eGFR) goes back to VETTED when the daily re-assessment finds no rule holds.
            case WAITING -> EnumSet.of(APPOINTED, VETTED, CANCELLED);
            case APPOINTED -> EnumSet.of(ATTENDED, DID_NOT_ATTEND, WAITING, CANCELLED);
            case ATTENDED -> EnumSet.of(ACQUIRED);
            // After a missed appointment the trust either offers another or discharges the request.
            case DID_NOT_ATTEND -> EnumSet.of(WAITING, CANCELLED);
            case CANCELLED -> EnumSet.noneOf(RequestState.class);
            case ACQUIRED -> EnumSet.of(REPORTED);
            case REPORTED -> EnumSet.of(AMENDED);
            case AMENDED -> EnumSet.of(AMENDED);
        };
    }

    public boolean canMoveTo(RequestState target) {
        return next().contains(target);
    }

    /** States in which the patient is still waiting to be scanned, for the waiting list and breach counts. */
    public boolean isOpen() {
        return this == RECEIVED || this == VETTED || this == WAITING || this == APPOINTED || this == DID_NOT_ATTEND;
    }
}
