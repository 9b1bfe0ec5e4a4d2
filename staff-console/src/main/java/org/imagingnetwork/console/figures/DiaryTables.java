package org.imagingnetwork.console.figures;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.figures.FigureTable.Cell;
import org.imagingnetwork.console.figures.FigureTable.ChartSpec;
import org.imagingnetwork.console.figures.FigureTable.ChartSpec.Kind;
import org.imagingnetwork.console.figures.FigureTable.Column;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.core.bi.DiaryFigures;
import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.ReleasedSlots;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Site;

/** The diary figures (attendance, utilisation, released slots) as tables, each from one core query. */
@Singleton
final class DiaryTables {

    private final DiaryFigures figures;
    private final NetworkReference network;

    DiaryTables(DiaryFigures figures, NetworkReference network) {
        this.figures = figures;
        this.network = network;
    }

    FigureTable attendance(FigureFilter filter) {
        Map<String, Site> sites = network.sitesByCode();
        List<List<Cell>> rows = figures.attendance(filter).stream()
                .map(a -> List.of(
                        site(sites, a.site()),
                        Cells.labelled(a.modality().displayName(), a.modality().name()),
                        Cells.count(a.booked()),
                        Cells.count(a.cancelled()),
                        Cells.count(a.attended()),
                        Cells.count(a.didNotAttend()),
                        Cells.percent(a.didNotAttendRate()),
                        Cells.percent(a.cancellationRate())))
                .toList();
        return new FigureTable(
                Figure.ATTENDANCE,
                List.of(
                        new Column("site", "Site"),
                        new Column("modality", "Modality"),
                        new Column("made", "Appointments made"),
                        new Column("cancelled", "Cancelled"),
                        new Column("attended", "Attended"),
                        new Column("did_not_attend", "Did not attend"),
                        new Column("did_not_attend_rate", "Did-not-attend rate"),
                        new Column("cancellation_rate", "Cancellation rate")),
                rows,
                ChartSpec.of(Kind.BAR, List.of(0, 1), 6, 7).inPercent(),
                List.of("Did-not-attend rate: of the appointments whose outcome the RIS reported."
                        + " Cancellation rate: of the appointments made."));
    }

    FigureTable utilisation(FigureFilter filter) {
        Map<String, Site> sites = network.sitesByCode();
        List<List<Cell>> rows = figures.utilisation(filter).stream()
                .map(u -> List.of(
                        site(sites, u.site()),
                        Cells.text(u.sessionType()),
                        Cells.count(u.availableMinutes()),
                        Cells.count(u.bookedMinutes()),
                        Cells.percent(u.share())))
                .toList();
        return new FigureTable(
                Figure.ROOM_UTILISATION,
                List.of(
                        new Column("site", "Site"),
                        new Column("session_type", "Session type"),
                        new Column("bookable_minutes", "Bookable minutes"),
                        new Column("booked_minutes", "Booked minutes"),
                        new Column("utilisation", "Utilisation")),
                rows,
                ChartSpec.of(Kind.BAR, List.of(0, 1), 4).inPercent(),
                List.of("Released sessions on the period's days; blocked slots are not bookable."));
    }

    /** The counts first (the chart's bars), then how soon slots were booked again. */
    FigureTable releasedSlots(FigureFilter filter) {
        ReleasedSlots r = figures.releasedSlots(filter);
        List<List<Cell>> rows = List.of(
                List.of(Cells.labelled("Released", "released"), Cells.count(r.released())),
                List.of(Cells.labelled("Booked again", "refilled"), Cells.count(r.refilled())),
                List.of(Cells.labelled("Unused (started still free)", "unused"), Cells.count(r.unused())),
                List.of(Cells.labelled("Offers sent", "offers_sent"), Cells.count(r.offersSent())),
                List.of(Cells.labelled("Offers accepted", "offers_accepted"), Cells.count(r.offersAccepted())),
                List.of(
                        Cells.labelled("Median hours from release to booking", "median_hours_to_refill"),
                        Cells.decimal(r.medianHoursToRefill())));
        boolean none = r.released() == 0 && r.offersSent() == 0;
        return new FigureTable(
                Figure.RELEASED_SLOTS,
                List.of(new Column("measure", "Measure"), new Column("value", "Value")),
                none ? List.of() : rows,
                ChartSpec.of(Kind.BAR, 0, 1).firstRows(5),
                List.of("Slots released in the period by a cancellation or a move; offers made in the period for"
                        + " slots at the sites shown."));
    }

    private static Cell site(Map<String, Site> sites, OdsCode code) {
        Site site = sites.get(code.value());
        return Cells.labelled(site == null ? code.value() : site.name(), code.value());
    }
}
