package org.imagingnetwork.optimizer.run;

import org.imagingnetwork.core.diary.DiaryPublication;

/** What became of publishing a run. */
public sealed interface PublishOutcome {

    /** Offers sent; the others were skipped because the patient or the slot had moved on since the run. */
    record Published(int offered, int patientsNoLongerWaiting, int slotsNoLongerFree) implements PublishOutcome {}

    /** A diary run's sessions written into the diary; what was written, as the diary's publisher counted it. */
    record DiaryPublished(DiaryPublication diary) implements PublishOutcome {}

    /**
     * A disruption re-plan's patients moved to their new slots; the others were not, because their
     * appointment or the new slot changed since the run, and {@code withoutSlot} had no slot to go to.
     */
    record Moved(int moved, int notMoved, int withoutSlot) implements PublishOutcome {}

    /** The run cannot be published, and why, in words for the manager. */
    record NotPublishable(String reason) implements PublishOutcome {}
}
