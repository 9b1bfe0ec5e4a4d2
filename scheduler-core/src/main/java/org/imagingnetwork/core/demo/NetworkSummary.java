package org.imagingnetwork.core.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.RequestState;

/**
 * What a loaded network holds, as the demo prints it: its size, how much of its diary is free, the
 * waiting list by state, where each integrated care system can next scan each modality, and how far
 * each trust's waiting list outruns its own diary.
 */
public record NetworkSummary(
        Instant from,
        int integratedCareSystems,
        int trusts,
        int sites,
        int communityDiagnosticCentres,
        Map<Modality, Integer> roomsByModality,
        int staff,
        int sessions,
        long freeSlots,
        long bookedSlots,
        long unavailableSlots,
        int patients,
        Map<RequestState, Long> requestsByState,
        List<EarliestFreeSlot> earliestFreeSlots,
        List<TrustWaitingList> waitingLists) {

    public NetworkSummary {
        roomsByModality = Map.copyOf(roomsByModality);
        requestsByState = Map.copyOf(requestsByState);
        earliestFreeSlots = List.copyOf(earliestFreeSlots);
        waitingLists = List.copyOf(waitingLists);
    }

    public int rooms() {
        return roomsByModality.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long requests() {
        return requestsByState.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The first bookable slot of a modality anywhere in an ICS, from the summary's moment on. */
    public record EarliestFreeSlot(String icsCode, String icsName, Modality modality, Instant startsAt, String site) {}

    /**
     * A trust's waiting list against its own diary: requests waiting to be booked, how many of them
     * are past their six-week breach date, and its free slots in the next six weeks.
     */
    public record TrustWaitingList(String odsCode, String name, long waiting, long breached, long freeSlotsSixWeeks) {}
}
