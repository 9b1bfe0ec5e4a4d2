package org.imagingnetwork.console.booking;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.audit.StaffAudit;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.request.RequestId;

/**
 * The one way the booking pages reach a request: within the staff member's scope or not found,
 * and every page that shows it recorded in the audit log as a read of the patient's record.
 */
@Singleton
final class RequestAccess {

    /** Why a booking clerk opens a record: the patient (or someone for them) is dealing with the booking office. */
    static final String WHY = "booking office";

    private final RequestQueries queries;
    private final NetworkReference network;
    private final StaffAudit audit;
    private final Clock clock;

    RequestAccess(RequestQueries queries, NetworkReference network, StaffAudit audit, Clock clock) {
        this.queries = queries;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /** The request, if it is in the user's scope; not found otherwise. Nothing is recorded. */
    RequestRecord find(StaffUser user, long id) {
        if (id < 1) {
            throw new PageNotFound();
        }
        Map<String, String> siteNames = network.sitesByCode().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        return queries.find(user.scope(), new RequestId(id), clock.instant(), siteNames)
                .orElseThrow(PageNotFound::new);
    }

    /** The request for a page that shows it, with the opening audited: {@code what} names the page. */
    RequestRecord shown(StaffUser user, long id, String what) {
        RequestRecord request = find(user, id);
        audit.patientShown(
                user,
                request.patient().id(),
                what + " for request " + request.id().value(),
                WHY);
        return request;
    }
}
