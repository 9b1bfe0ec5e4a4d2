package org.imagingnetwork.portal.choice;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.SignedInPatient;

/** The signed-in patient's referral, if it is theirs and can be booked or moved; otherwise not found. */
@Singleton
public class ChoiceAccess {

    private final ChoiceQueries queries;

    ChoiceAccess(ChoiceQueries queries) {
        this.queries = queries;
    }

    public ChoiceRequest bookable(Authentication authentication, long requestId) {
        ChoiceRequest request = queries.request(SignedInPatient.of(authentication), new RequestId(requestId))
                .orElseThrow(PageNotFound::new);
        if (request.state() != RequestState.WAITING && request.state() != RequestState.APPOINTED) {
            throw new NotBookable(request.id());
        }
        return request;
    }

    /** The referral exists and is the patient's, but there is nothing to choose yet (or any more). */
    public static final class NotBookable extends RuntimeException {
        private final transient RequestId request;

        NotBookable(RequestId request) {
            super("not bookable", null, false, false);
            this.request = request;
        }

        public RequestId request() {
            return request;
        }
    }
}
