package org.imagingnetwork.core.bi;

import java.util.OptionalDouble;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;

/**
 * Appointments at one site and modality in the period: made ({@code booked}), cancelled again
 * (back to waiting or withdrawn), attended and not attended.
 */
public record AttendanceRate(
        OdsCode site, Modality modality, long booked, long cancelled, long attended, long didNotAttend) {

    /** Did not attend, of the appointments whose outcome the RIS reported. */
    public OptionalDouble didNotAttendRate() {
        long outcomes = attended + didNotAttend;
        return outcomes == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) didNotAttend / outcomes);
    }

    /** Cancelled, of the appointments made. */
    public OptionalDouble cancellationRate() {
        return booked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) cancelled / booked);
    }
}
