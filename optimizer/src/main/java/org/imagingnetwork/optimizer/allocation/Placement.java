package org.imagingnetwork.optimizer.allocation;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one request is placed: the planning entity of the allocation. The solver chooses its slot,
 * or leaves it without one when nothing fits. A request whose appointment patients have already been
 * told about is pinned to its slot and never moved.
 */
@PlanningEntity
public class Placement {

    @PlanningId
    private long id;

    private ListedRequest request;
    private Horizon horizon;

    @PlanningVariable(allowsUnassigned = true)
    private OpenSlot slot;

    @PlanningPin
    private boolean booked;

    private boolean displaced;

    /** For the solver's cloning only. */
    Placement() {}

    private Placement(ListedRequest request, Horizon horizon, OpenSlot slot, boolean booked) {
        this.id = request.id().value();
        this.request = Objects.requireNonNull(request, "request");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        this.slot = slot;
        this.booked = booked;
    }

    /** A waiting request for the solver to place. */
    public static Placement waiting(ListedRequest request, Horizon horizon) {
        return new Placement(request, horizon, null, false);
    }

    /** A request whose booked slot has closed: free to move, and first in line for another slot. */
    public static Placement displaced(ListedRequest request, Horizon horizon) {
        Placement placement = new Placement(request, horizon, null, false);
        placement.displaced = true;
        return placement;
    }

    /** A request already booked into this slot; pinned. */
    public static Placement booked(ListedRequest request, Horizon horizon, OpenSlot slot) {
        return new Placement(request, horizon, Objects.requireNonNull(slot, "slot"), true);
    }

    public ListedRequest request() {
        return request;
    }

    public Horizon horizon() {
        return horizon;
    }

    public OpenSlot slot() {
        return slot;
    }

    public void setSlot(OpenSlot slot) {
        this.slot = slot;
    }

    public boolean booked() {
        return booked;
    }

    /**
     * Lets the solver move a booked request again because its room has closed, and puts it first in
     * line for another slot. Called by a problem change, inside the solver's change protocol.
     */
    public void displace() {
        this.booked = false;
        this.displaced = true;
    }

    /** Had a booking that a closure took away: the patient was told a slot and must be given another. */
    public boolean displaced() {
        return displaced;
    }

    public boolean placed() {
        return slot != null;
    }

    /** The day the patient is seen: the slot's day, or for an unplaced request the day after the horizon. */
    public LocalDate seenOn() {
        return slot == null ? horizon.dayAfter() : slot.clinicDay();
    }

    public long daysPastTarget() {
        return request.daysPastTarget(seenOn());
    }

    /** An urgent or two-week-wait patient seen after their target day (unplaced counts as seen after the horizon). */
    public boolean missesTarget() {
        return daysPastTarget() > 0;
    }

    public boolean breachesSixWeeks() {
        return request.breachesSixWeeks(seenOn());
    }

    public long waitDays() {
        return request.waitDays(seenOn());
    }

    public long weightedWait() {
        return request.weightedWait(seenOn());
    }

    /** Tenths of a kilometre from the patient's home to the slot's site; zero when unplaced. */
    public long travelTenthsKm() {
        return slot == null ? 0 : Math.round(request.kilometresTo(slot.venue()) * 10);
    }

    @Override
    public String toString() {
        return "request " + id + (slot == null ? " unplaced" : " in " + slot);
    }
}
