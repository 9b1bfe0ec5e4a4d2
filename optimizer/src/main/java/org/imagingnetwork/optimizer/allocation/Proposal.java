package org.imagingnetwork.optimizer.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestId;

/**
 * A slot the solver suggests for a waiting request. It is not a booking: staff publish proposals as
 * offers, and the patient keeps their legal choice to accept, pick another slot or decline.
 */
public record Proposal(
        RequestId request,
        SlotId slot,
        SessionId session,
        OdsCode site,
        String roomId,
        Instant startsAt,
        LocalDate seenOn,
        long waitDays,
        boolean breachesSixWeeks,
        double travelKm) {

    public Proposal {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(seenOn, "seenOn");
    }

    /** The proposals of a solved plan: every placed request that is not already booked, earliest first. */
    public static List<Proposal> from(AllocationPlan plan) {
        return plan.placements().stream()
                .filter(p -> p.placed() && !p.booked())
                .map(Proposal::of)
                .sorted(Comparator.comparing(Proposal::startsAt)
                        .thenComparing(p -> p.request().value()))
                .toList();
    }

    static Proposal of(Placement placement) {
        OpenSlot slot = placement.slot();
        return new Proposal(
                placement.request().id(),
                slot.id(),
                slot.session(),
                slot.venue().site(),
                slot.room().id(),
                slot.startsAt(),
                slot.clinicDay(),
                placement.waitDays(),
                placement.breachesSixWeeks(),
                placement.request().kilometresTo(slot.venue()));
    }
}
