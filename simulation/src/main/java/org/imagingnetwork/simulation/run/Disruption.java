package org.imagingnetwork.simulation.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.diary.BlockSession;
import org.imagingnetwork.core.diary.DiaryOutcome;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.offer.OfferStatus;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.optimizer.disruption.DisruptionReplan;
import org.imagingnetwork.optimizer.disruption.DisruptionReplanner;
import org.imagingnetwork.optimizer.disruption.RoomClosure;
import org.imagingnetwork.optimizer.run.PublishOutcome;
import org.imagingnetwork.optimizer.run.RunId;
import org.imagingnetwork.optimizer.run.RunRequest;
import org.imagingnetwork.optimizer.run.RunScope;
import org.imagingnetwork.optimizer.run.StartOutcome;
import org.imagingnetwork.simulation.booking.SlotBoard;
import org.imagingnetwork.simulation.booking.WaitingRequest;
import org.imagingnetwork.simulation.jdbc.StateQueries;

/**
 * The optimiser's part (policy 4: the weekly allocation run published as offers, the disruption
 * re-plan) and the scanner that breaks down in week 5, which every policy lives through.
 */
final class Disruption {

    private static final String MANAGER = "staff:network-manager";

    private final Platform platform;
    private final StateQueries state;
    private final Scenario scenario;
    private final Simulation simulation;

    Disruption(Platform platform, StateQueries state, Scenario scenario, Simulation simulation) {
        this.platform = platform;
        this.state = state;
        this.scenario = scenario;
        this.simulation = simulation;
    }

    /**
     * A manager runs the network's allocation for the fortnight after the notice period and publishes
     * its proposals as offers; each patient books theirs with the proposal acceptance rate, within two days.
     */
    void allocationRun(LocalDate monday) {
        LocalDate first = monday.plusDays(Simulation.NOTICE.toDays());
        StartOutcome started = platform.runs.start(new RunRequest(
                "allocation",
                "network",
                "",
                "",
                first,
                first.plusDays(13),
                scenario.allocationSeconds(),
                false,
                MANAGER));
        if (!(started instanceof StartOutcome.Queued queued)) {
            throw new IllegalStateException("the allocation run was refused: " + started);
        }
        try {
            while (platform.worker.pollOnce()) {
                // Solve what is queued: this run.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving", e);
        }
        if (!(platform.runs.publish(queued.run(), MANAGER) instanceof PublishOutcome.Published)) {
            return;
        }
        Instant now = platform.clock.instant();
        for (StateQueries.Proposal proposal : state.openOffers("optimisation run " + queued.run())) {
            SplittableRandom random = new Streams(scenario.seed())
                    .of("proposal", proposal.request().value(), monday.toEpochDay());
            Instant when = now.plus(Duration.ofMinutes(60 + random.nextInt(47 * 60)));
            if (random.nextDouble() < simulation.behaviour().acceptProposal()) {
                simulation.at(when, () -> simulation.accept(proposal.request(), proposal.slot(), proposal.patient()));
            } else {
                simulation.at(
                        when,
                        () -> platform.offers.close(proposal.id(), OfferStatus.DECLINED, platform.clock.instant()));
            }
        }
    }

    /**
     * The busiest trust's most booked CT or MR scanner breaks for three days: staff block its sessions,
     * and its patients are moved — by the disruption re-plan's proposals under policy 4, otherwise as
     * the policy books (the trust's own earliest slot, or the patient's choice); anyone nothing fits is
     * cancelled back onto the waiting list.
     */
    void breakDown(LocalDate day) {
        LocalDate last = day.plusDays(Scenario.BREAKDOWN_DAYS - 1);
        String trust = busiestTrust();
        Optional<String> room = state.busiestScanner(trust, day, last);
        if (room.isEmpty()) {
            return;
        }
        Map<RequestId, SlotId> rehoused = new HashMap<>();
        if (simulation.policy().optimises()) {
            Modality modality = Modality.valueOf(state.modalityOf(room.get()));
            var plan = platform.planning
                    .allocation(RunId.random(), RunScope.network(Optional.of(modality), day, last.plusDays(14)))
                    .plan();
            DisruptionReplan replan = new DisruptionReplanner(platform.solvers.allocationFactory())
                    .replan(plan, new RoomClosure(room.get(), day, last, "Scanner broken down"));
            replan.rebooked()
                    .forEach(moved ->
                            rehoused.put(moved.request().id(), moved.slot().id()));
        }
        StaffActor manager = new StaffActor("diary-manager", "DIARY_MANAGER", new OdsCode(trust));
        for (SessionId session : state.sessionsOf(room.get(), day, last, platform.clock.instant())) {
            DiaryOutcome outcome =
                    platform.diary.blockSession(new BlockSession(session, "Scanner broken down", manager));
            if (outcome instanceof DiaryOutcome.Changed changed) {
                changed.change()
                        .toRebook()
                        .forEach(appointment ->
                                state.liveAppointment(appointment).ifPresent(booked -> rehouse(booked, rehoused)));
            }
        }
        simulation.offerReleases();
    }

    private void rehouse(StateQueries.Booked booked, Map<RequestId, SlotId> proposals) {
        WaitingRequest request = simulation.views(List.of(booked.request())).get(booked.request());
        Actor staff = Actor.staff("bookings-clerk");
        SlotId proposed = proposals.get(booked.request());
        if (proposed != null
                && platform.bookings.reschedule(new Reschedule(booked.id(), proposed, staff, Optional.empty()))
                        instanceof BookingOutcome.Booked moved) {
            state.liveAppointment(moved.appointment().id()).ifPresent(now -> simulation.follow(request, now));
            return;
        }
        Instant now = platform.clock.instant();
        SlotBoard board = new SlotBoard(platform.queries.freeSlotsFrom(now.plus(Simulation.NOTICE)));
        platform.booker
                .move(board, request, booked.id(), simulation.earliest(request, now), simulation.where(request), staff)
                .ifPresentOrElse(made -> simulation.booked(request, made), () -> {
                    simulation.forget(booked.request());
                    platform.bookings.cancel(
                            new Cancel(booked.id(), staff, "Scanner broken down; to be rebooked", true));
                });
    }

    private String busiestTrust() {
        return state.trusts().stream()
                .max((a, b) ->
                        Double.compare(DemoNetwork.pressure(new OdsCode(a)), DemoNetwork.pressure(new OdsCode(b))))
                .orElseThrow();
    }
}
