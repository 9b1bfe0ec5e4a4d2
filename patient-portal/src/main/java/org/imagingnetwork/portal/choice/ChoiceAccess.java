package org.imagingnetwork.portal.choice;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.ChoiceRequests;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.SignedInPatient;

/** The signed-in patient's referral, if it is theirs and can be booked or moved; otherwise not found. */
@Singleton
public class ChoiceAccess {

    private final ChoiceRequests queries;

    ChoiceAccess(ChoiceRequests queries) {
        this.queries = queries;
    }

    public ChoiceRequest bookable(Authentication authentication, long requestId) {
        PatientId patient = SignedInPatient.of(authentication);
        ChoiceRequest request = queries.find(new RequestId(requestId))
                .filter(r -> r.patient().equals(patient))
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
