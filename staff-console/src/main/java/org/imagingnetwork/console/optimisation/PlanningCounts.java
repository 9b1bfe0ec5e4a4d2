package org.imagingnetwork.console.optimisation;

import java.util.ArrayList;
import java.util.List;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.run.RunKind;

/**
 * What a run would consider, counted before it starts: the patients waiting who were referred by the
 * scope's trusts, and the rooms, sessions, free slots and staff of its sites in its weeks.
 */
record PlanningCounts(long waiting, long rooms, long sessions, long freeSlots, long staff) {

    /**
     * Why a run of this kind would have nothing to plan with, naming the field to change; empty when
     * there is something.
     */
    List<FieldError> nothingToPlan(RunForm form) {
        String where = form.scope().label();
        String what = form.modality().map(Modality::displayName).orElse("any modality");
        String when = form.firstDay() + " to " + form.lastDay();
        List<FieldError> errors = new ArrayList<>();
        if (rooms == 0) {
            errors.add(new FieldError(
                    form.modality().isPresent() ? "modality" : "scope",
                    where + " has no " + what + " rooms: choose another modality or part of the network"));
            return errors;
        }
        if (form.kind() == RunKind.ALLOCATION) {
            if (waiting == 0) {
                errors.add(new FieldError(
                        form.modality().isPresent() ? "modality" : "scope",
                        "No patients referred by " + where + " are waiting for " + what
                                + ": there is nobody to allocate"));
            } else if (freeSlots == 0) {
                errors.add(new FieldError(
                        "firstDay",
                        where + " has no free " + what + " slots from " + when
                                + ": choose other weeks, or build the diary first"));
            }
        } else if (staff == 0) {
            errors.add(new FieldError(
                    "scope", where + " has no staff who can work in " + what + ": there is nobody to roster"));
        }
        return errors;
    }
}
