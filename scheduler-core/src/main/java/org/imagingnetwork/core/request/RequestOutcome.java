package org.imagingnetwork.core.request;

import java.util.List;
import org.imagingnetwork.core.validation.FieldError;

/** What came of a {@link RequestCommand}. Only {@link Changed} changed anything. */
public sealed interface RequestOutcome {

    /** The request as it now is, and the state changes made (none for a data change that moved nothing). */
    record Changed(Request request, List<RequestEvent> events) implements RequestOutcome {
        public Changed {
            events = List.copyOf(events);
        }
    }

    record NotFound(RequestId request) implements RequestOutcome {}

    /** The state machine does not allow this move. */
    record IllegalMove(RequestId request, RequestState from, RequestState to) implements RequestOutcome {
        public String message() {
            return "A " + from.name().toLowerCase().replace('_', ' ') + " request cannot be moved to "
                    + to.name().toLowerCase().replace('_', ' ');
        }
    }

    /** The request is closed (rejected, cancelled, scanned) and its details can no longer change. */
    record Closed(RequestId request, RequestState state) implements RequestOutcome {}

    record Invalid(List<FieldError> errors) implements RequestOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
