package org.imagingnetwork.optimizer.disruption;

import java.util.List;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;

/** The outcome of re-planning around a closure: each displaced patient's new slot or reason, and the plan. */
public record DisruptionReplan(RoomClosure closure, List<Rehousing> patients, AllocationPlan plan) {

    public DisruptionReplan {
        patients = List.copyOf(patients);
    }

    public List<Rehousing.Rebooked> rebooked() {
        return patients.stream()
                .filter(Rehousing.Rebooked.class::isInstance)
                .map(Rehousing.Rebooked.class::cast)
                .toList();
    }

    public List<Rehousing.NoSlot> withoutSlot() {
        return patients.stream()
                .filter(Rehousing.NoSlot.class::isInstance)
                .map(Rehousing.NoSlot.class::cast)
                .toList();
    }
}
