package org.imagingnetwork.simulation.demand;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;

/**
 * An even sample of a generated network, so that a network too big to simulate in the time there is
 * can be simulated at a share of its size with each trust under the same pressure:
 *
 * <ul>
 *   <li><b>Capacity</b>: for each trust and modality, sessions with their slots, week by week, so
 *       that each week keeps the share of the trust's slots of that modality to within half a
 *       session ({@link #capacity}); which sessions, within a week, is shuffled by the network's
 *       seed, so no day or session type is favoured. Every room, site and member of staff stays, so
 *       travel and the choice of sites are the whole network's.
 *   <li><b>Booked patients</b>: a request booked into a kept session stays with its appointment (the
 *       demo books a request once); one booked into a dropped session goes with it. As the sessions
 *       are an even sample, so are they.
 *   <li><b>The waiting list and the closed requests</b> (every request without an appointment): for
 *       each referring trust and modality, in order of receipt, every {@code 1/share}-th, so the
 *       waits on the list keep their spread.
 *   <li>Patients with a kept request stay, with every event of the kept requests; reference data
 *       and rules are the whole network's.
 * </ul>
 *
 * New referrals need no sampling of their own: {@link Demand} draws them from each trust's diary
 * times its pressure, so a sampled diary gets the share of the referrals, from the kept requests.
 */
public final class NetworkShare {

    private NetworkShare() {}

    /** The network itself when {@code share} is 1. */
    public static DemoNetwork of(DemoNetwork network, double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be more than 0 and at most 1, not " + share);
        }
        if (share == 1) {
            return network;
        }
        Map<OdsCode, OdsCode> trustOfSite =
                network.sites().stream().collect(Collectors.toMap(Site::odsCode, Site::trust));
        Map<String, Room> rooms = network.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        Map<ExamCode, Modality> modalityOf =
                network.exams().stream().collect(Collectors.toMap(Exam::code, Exam::modality));

        Map<String, List<Session>> sessionsByGroup = new HashMap<>();
        for (Session session : network.sessions()) {
            Room room = rooms.get(session.roomId());
            sessionsByGroup
                    .computeIfAbsent(
                            trustOfSite.get(room.site()).value() + "/" + room.modality(), g -> new ArrayList<>())
                    .add(session);
        }
        Map<SessionId, Integer> slotsOf = new HashMap<>();
        network.slots().stream()
                .filter(slot -> slot.status() != SlotStatus.BLOCKED)
                .forEach(slot -> slotsOf.merge(slot.session(), 1, Integer::sum));
        Set<SessionId> keptSessions = new HashSet<>();
        sessionsByGroup
                .values()
                .forEach(group -> keptSessions.addAll(capacity(
                        group,
                        network.startDate(),
                        network.seed(),
                        session -> slotsOf.getOrDefault(session.id(), 0),
                        share)));
        List<Slot> slots = network.slots().stream()
                .filter(slot -> keptSessions.contains(slot.session()))
                .toList();
        Set<SlotId> keptSlots = slots.stream().map(Slot::id).collect(Collectors.toSet());

        Set<RequestId> booked = new HashSet<>();
        Set<RequestId> keptRequests = new HashSet<>();
        for (Appointment appointment : network.appointments()) {
            booked.add(appointment.request());
            if (keptSlots.contains(appointment.slot())) {
                keptRequests.add(appointment.request());
            }
        }
        Map<String, List<Request>> unbooked = new HashMap<>();
        network.requests().stream()
                .filter(request -> !booked.contains(request.id()))
                .forEach(request -> unbooked.computeIfAbsent(
                                request.referral().referringTrust().value() + "/" + modalityOf.get(request.exam()),
                                g -> new ArrayList<>())
                        .add(request));
        unbooked.values()
                .forEach(group -> systematic(
                                group,
                                Comparator.comparing(Request::receivedAt)
                                        .thenComparingLong(
                                                request -> request.id().value()),
                                share)
                        .forEach(request -> keptRequests.add(request.id())));

        List<Request> requests = network.requests().stream()
                .filter(request -> keptRequests.contains(request.id()))
                .toList();
        Set<PatientId> patients = requests.stream().map(Request::patient).collect(Collectors.toSet());
        return new DemoNetwork(
                network.preset(),
                network.seed(),
                network.startDate(),
                network.asOf(),
                network.integratedCareSystems(),
                network.trusts(),
                network.sites(),
                network.rooms(),
                network.staff(),
                network.exams(),
                network.sessions().stream()
                        .filter(session -> keptSessions.contains(session.id()))
                        .toList(),
                slots,
                network.patients().stream()
                        .filter(patient -> patients.contains(patient.id()))
                        .toList(),
                requests,
                network.events().stream()
                        .filter(event -> keptRequests.contains(event.request()))
                        .toList(),
                network.rules(),
                network.appointments().stream()
                        .filter(appointment -> keptRequests.contains(appointment.request()))
                        .toList());
    }

    /**
     * The sessions to keep of one trust's modality: week by week from the first day, in an order
     * shuffled by the network's seed within each week (so no weekly pattern of session types is
     * favoured), a session is kept when keeping it brings the slots kept so far nearer the share of
     * all slots so far. Every week's kept capacity is then within half a session of the share.
     */
    static Set<SessionId> capacity(
            List<Session> group, LocalDate start, long seed, ToIntFunction<Session> slots, double share) {
        List<Session> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingLong(
                        (Session session) -> Math.floorDiv(ChronoUnit.DAYS.between(start, session.clinicDate()), 7))
                .thenComparingLong(
                        session -> new SplittableRandom(seed ^ (session.id().value() * 0x9E3779B97F4A7C15L)).nextLong())
                .thenComparingLong(session -> session.id().value()));
        Set<SessionId> kept = new HashSet<>();
        double target = 0;
        int keptSlots = 0;
        List<Session> unbookable = new ArrayList<>();
        for (Session session : ordered) {
            int count = slots.applyAsInt(session);
            if (count == 0) {
                unbookable.add(session);
                continue;
            }
            target += share * count;
            if (keptSlots + count / 2.0 < target) {
                kept.add(session.id());
                keptSlots += count;
            }
        }
        // Sessions with nothing bookable (every slot blocked) would always pass; they get every 1/share-th.
        systematic(unbookable, (a, b) -> 0, share).forEach(session -> kept.add(session.id()));
        return kept;
    }

    /**
     * Every {@code 1/share}-th of the group in the given order: the items where the running total of
     * the share (from a half) passes a whole number, so a group of n keeps n × share rounded, the
     * first kept item half a step in.
     */
    static <T> List<T> systematic(List<T> group, Comparator<T> order, double share) {
        List<T> sorted = new ArrayList<>(group);
        sorted.sort(order);
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (Math.floor((i + 1) * share + 0.5) > Math.floor(i * share + 0.5)) {
                kept.add(sorted.get(i));
            }
        }
        return kept;
    }
}
