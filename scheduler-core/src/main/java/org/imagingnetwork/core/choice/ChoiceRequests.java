package org.imagingnetwork.core.choice;

import java.util.Optional;
import org.imagingnetwork.core.request.RequestId;

/** Referrals as choosing a place and time reads them. Who may see one is the caller's to decide. */
public interface ChoiceRequests {

    Optional<ChoiceRequest> find(RequestId request);
}
