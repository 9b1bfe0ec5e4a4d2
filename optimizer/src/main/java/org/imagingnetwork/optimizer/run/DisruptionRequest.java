package org.imagingnetwork.optimizer.run;

import java.time.LocalDate;

/**
 * A manager's request to re-plan around a closed room, as typed into a form: the room closes from
 * {@code firstDay} for {@code days} days (a scanner down), and the patients booked into it then are
 * found other slots in the scope's rooms of the same modality, from the first closed day until
 * {@link #SEARCH_DAYS_AFTER} days after the room opens again. {@link RunService} checks each field.
 *
 * @param scopeLevel NETWORK, ICS or TRUST: where the patients may be moved to
 * @param scopeCode the ICS or trust code; blank for the network
 */
public record DisruptionRequest(
        String scopeLevel,
        String scopeCode,
        String room,
        LocalDate firstDay,
        Integer days,
        Integer secondsLimit,
        String reason,
        String requestedBy) {

    /** A room closed for longer is a replacement to plan, not a disruption to re-plan around. */
    public static final int MAX_DAYS = 28;

    /** How far past the closure new times are looked for. */
    public static final int SEARCH_DAYS_AFTER = 14;

    /** The last day the room is closed; only for a request with a first day and days. */
    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }
}
