package org.imagingnetwork.optimizer.run;

import org.imagingnetwork.core.diary.DiaryPublication;

/** What became of publishing a run. */
public sealed interface PublishOutcome {

    /** Offers sent; the others were skipped because the patient or the slot had moved on since the run. */
    record Published(int offered, int patientsNoLongerWaiting, int slotsNoLongerFree) implements PublishOutcome {}

    /** A diary run's sessions written into the diary; what was written, as the diary's publisher counted it. */
    record DiaryPublished(DiaryPublication diary) implements PublishOutcome {}

    /** The run cannot be published, and why, in words for the manager. */
    record NotPublishable(String reason) implements PublishOutcome {}
}
