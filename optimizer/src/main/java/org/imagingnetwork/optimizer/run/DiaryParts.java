package org.imagingnetwork.optimizer.run;

import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiaryWeights;

/**
 * Where a diary run gets its network and the problem of each part: the system of record in an
 * application ({@link PlanningData}), a generated network in the diary benchmark.
 */
public interface DiaryParts {

    NetworkSnapshot network();

    /** The diary problem of one part of a run's scope, read when the part is about to be solved. */
    DiaryPlan diary(RunId run, RunScope scope, DiaryWeights weights);
}
