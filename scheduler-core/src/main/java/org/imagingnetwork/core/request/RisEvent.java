package org.imagingnetwork.core.request;

/** What a trust's RIS tells us happened to a request, and the state that puts it in. */
public enum RisEvent {
    ATTENDED(RequestState.ATTENDED),
    DID_NOT_ATTEND(RequestState.DID_NOT_ATTEND),
    ACQUIRED(RequestState.ACQUIRED),
    REPORTED(RequestState.REPORTED),
    AMENDED(RequestState.AMENDED);

    private final RequestState state;

    RisEvent(RequestState state) {
        this.state = state;
    }

    public RequestState state() {
        return state;
    }
}
