package org.imagingnetwork.optimizer.explain;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why one constraint match happened, in words a service manager understands, with the patients,
 * sessions and staff it involves. Every constraint of every model justifies its matches with one
 * of these, so a score analysis can always be read without knowing the model.
 */
public interface Finding extends ConstraintJustification {

    /** One sentence, such as "Patient 943 476 5919 (MRI brain) waits 3 days past the urgent target". */
    String inWords();

    /** Patients concerned, as staff identify them (NHS number). */
    default List<String> patients() {
        return List.of();
    }

    /** Sessions concerned, as the diary shows them (room, site, day and time). */
    default List<String> sessions() {
        return List.of();
    }

    /** Staff concerned, by name. */
    default List<String> staff() {
        return List.of();
    }
}
