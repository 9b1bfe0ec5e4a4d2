package org.imagingnetwork.console.figures;

import java.util.Arrays;
import java.util.Optional;

/** Each figure a dashboard shows, by the name its CSV export and its chart go by (docs/bi.md defines them). */
enum Figure {
    FLOW("flow", "Requests entering each state"),
    WAITING_BY_WEEKS("waiting-by-weeks", "Waiting list by weeks waited"),
    OVER_SIX_WEEKS_BY_TRUST("over-six-weeks-by-trust", "Waiting six weeks or more, by referring trust"),
    OVER_SIX_WEEKS_BY_MODALITY("over-six-weeks-by-modality", "Waiting six weeks or more, by modality"),
    OVER_SIX_WEEKS_TREND("over-six-weeks-trend", "Waiting six weeks or more, at the end of each week"),
    TURNAROUND("turnaround", "Days from referral to each milestone"),
    ATTENDANCE("attendance", "Did not attend and cancellations, by site and modality"),
    ROOM_UTILISATION("room-utilisation", "Room utilisation, by site and session type"),
    RELEASED_SLOTS("released-slots", "Released slots and offers"),
    PATIENT_CHOICE("patient-choice", "Bookings at another trust's site, and distance travelled");

    private final String id;
    private final String title;

    Figure(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    static Optional<Figure> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
