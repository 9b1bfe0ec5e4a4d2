package org.imagingnetwork.simulation.ris;

import java.time.Clock;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.request.RequestCommand;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestOutcome;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.RisEvent;
import org.imagingnetwork.simulation.jdbc.AppointmentStatusWrites;

/**
 * The trusts' RIS closing the loop: an appointment fulfilled or missed moves the appointment and its
 * request together (fulfilled → attended, noshow → did not attend); images acquired and the report
 * move the request through {@link RequestService#recordRisStatus}, the command the RIS feed's study
 * and report resources use.
 */
public final class RisFeed {

    private final AppointmentStatusWrites statuses;
    private final RequestService requests;
    private final Clock clock;

    public RisFeed(AppointmentStatusWrites statuses, RequestService requests, Clock clock) {
        this.statuses = statuses;
        this.requests = requests;
        this.clock = clock;
    }

    /** The patient was scanned: true when the appointment was still booked and the request appointed. */
    public boolean fulfilled(AppointmentId appointment, String trust) {
        return statuses.record(
                appointment, AppointmentStatus.FULFILLED, RequestState.ATTENDED, actor(trust), clock.instant());
    }

    /** The patient did not come. */
    public boolean noShow(AppointmentId appointment, String trust) {
        return statuses.record(
                appointment, AppointmentStatus.NOSHOW, RequestState.DID_NOT_ATTEND, actor(trust), clock.instant());
    }

    public RequestOutcome report(RequestId request, RisEvent event, String trust) {
        return requests.recordRisStatus(new RequestCommand.RisStatus(request, event, "", actor(trust)));
    }

    private static String actor(String trust) {
        return "ris:" + trust;
    }
}
