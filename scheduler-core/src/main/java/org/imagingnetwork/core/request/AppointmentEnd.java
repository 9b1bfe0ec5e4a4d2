package org.imagingnetwork.core.request;

/**
 * What a request's move out of APPOINTED does to its booked appointment, so the two never disagree:
 * attended or not attended as the move says, or cancelled (its slot freed) when the request goes
 * back to the waiting list or is withdrawn.
 */
public enum AppointmentEnd {
    ATTENDED,
    NOT_ATTENDED,
    CANCELLED;

    /** The end a move out of APPOINTED brings. */
    public static AppointmentEnd of(Transition move) {
        if (move.from() != RequestState.APPOINTED) {
            throw new IllegalArgumentException("only a move out of APPOINTED ends an appointment: " + move);
        }
        return switch (move.to()) {
            case ATTENDED -> ATTENDED;
            case DID_NOT_ATTEND -> NOT_ATTENDED;
            case WAITING, CANCELLED -> CANCELLED;
            default -> throw new IllegalTransitionException(move.request(), move.from(), move.to());
        };
    }
}
