package org.imagingnetwork.core.bi;

import java.util.List;

/**
 * Figures about the sites' diaries, each from one query over the refreshed figures. The scope and the
 * trust and ICS filters apply to the trust that runs the site; priority applies to attendance only.
 */
public interface DiaryFigures {

    /** Per site and modality with any appointment activity in the period. */
    List<AttendanceRate> attendance(FigureFilter filter);

    /** Per site and session type with released sessions on the period's days. */
    List<RoomUtilisation> utilisation(FigureFilter filter);

    ReleasedSlots releasedSlots(FigureFilter filter);
}
