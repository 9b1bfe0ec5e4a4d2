package org.imagingnetwork.console.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The figures pages, each a few figures on one subject, at {@code /figures/<path>}. */
enum Dashboard {
    FLOW(
            "flow",
            "Flow through the states",
            "How many requests entered each state, day by day or week by week.",
            List.of(Figure.FLOW)),
    WAITING_LIST(
            "waiting-list",
            "Waiting list (DM01)",
            "Who is waiting to be scanned by weeks waited, and the share over six weeks against the 1% standard.",
            List.of(
                    Figure.WAITING_BY_WEEKS,
                    Figure.OVER_SIX_WEEKS_BY_TRUST,
                    Figure.OVER_SIX_WEEKS_BY_MODALITY,
                    Figure.OVER_SIX_WEEKS_TREND)),
    TURNAROUND(
            "turnaround",
            "Turnaround",
            "Days from referral to vetted, appointed, scanned and reported: median and 90th percentile.",
            List.of(Figure.TURNAROUND)),
    ATTENDANCE(
            "attendance",
            "Attendance and room use",
            "Did-not-attend and cancellation rates by site and modality; room utilisation by site and session type.",
            List.of(Figure.ATTENDANCE, Figure.ROOM_UTILISATION)),
    RELEASED_SLOTS(
            "released-slots",
            "Released slots",
            "Slots given back: how many, how soon they were booked again, how many went unused, and offers.",
            List.of(Figure.RELEASED_SLOTS)),
    PATIENT_CHOICE(
            "patient-choice",
            "Patient choice",
            "Bookings at a site of another trust than the referring one, and how far patients travel.",
            List.of(Figure.PATIENT_CHOICE));

    private final String path;
    private final String title;
    private final String summary;
    private final List<Figure> figures;

    Dashboard(String path, String title, String summary, List<Figure> figures) {
        this.path = path;
        this.title = title;
        this.summary = summary;
        this.figures = figures;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    List<Figure> figures() {
        return figures;
    }

    static Optional<Dashboard> byPath(String path) {
        return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
    }
}
