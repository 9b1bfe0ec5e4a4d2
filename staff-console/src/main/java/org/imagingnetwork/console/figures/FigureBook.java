package org.imagingnetwork.console.figures;

import jakarta.inject.Singleton;
import org.imagingnetwork.core.bi.BreachShare;
import org.imagingnetwork.core.bi.FigureFilter;

/** Each figure's table for a filter: where the pages and the exports get their numbers. */
@Singleton
final class FigureBook {

    private final RequestTables requests;
    private final DiaryTables diary;

    FigureBook(RequestTables requests, DiaryTables diary) {
        this.requests = requests;
        this.diary = diary;
    }

    FigureTable table(Figure figure, FigureFilter filter) {
        return switch (figure) {
            case FLOW -> requests.flow(filter);
            case WAITING_BY_WEEKS -> requests.waitingByWeeks(filter);
            case OVER_SIX_WEEKS_BY_TRUST -> requests.overSixWeeksBy(BreachShare.By.TRUST, filter);
            case OVER_SIX_WEEKS_BY_MODALITY -> requests.overSixWeeksBy(BreachShare.By.MODALITY, filter);
            case OVER_SIX_WEEKS_TREND -> requests.overSixWeeksTrend(filter);
            case TURNAROUND -> requests.turnaround(filter);
            case ATTENDANCE -> diary.attendance(filter);
            case ROOM_UTILISATION -> diary.utilisation(filter);
            case RELEASED_SLOTS -> diary.releasedSlots(filter);
            case PATIENT_CHOICE -> requests.patientChoice(filter);
        };
    }
}
