package org.imagingnetwork.core.request;

/** A move the request state machine does not allow, such as REJECTED to APPOINTED. */
public final class IllegalTransitionException extends IllegalStateException {
    private final transient RequestState from;
    private final transient RequestState to;

    public IllegalTransitionException(RequestId request, RequestState from, RequestState to) {
        super("Request " + request + " cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public RequestState from() {
        return from;
    }

    public RequestState to() {
        return to;
    }
}
