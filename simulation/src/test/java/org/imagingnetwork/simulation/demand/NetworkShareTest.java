package org.imagingnetwork.simulation.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.simulation.run.Streams;
import org.junit.jupiter.api.Test;

class NetworkShareTest {

    private static final DemoNetwork SMALL = DemoNetwork.generate(DemoPreset.SMALL, 7, LocalDate.of(2026, 12, 7), 6);
    private static final Set<RequestState> ON_THE_LIST = EnumSet.of(
            RequestState.RECEIVED,
            RequestState.VETTED,
            RequestState.WAITING,
            RequestState.APPOINTED,
            RequestState.DID_NOT_ATTEND);

    @Test
    void theWholeNetworkIsItsOwnShareOfOne() {
        assertThat(NetworkShare.of(SMALL, 1)).isSameAs(SMALL);
    }

    @Test
    void aShareKeepsThatShareOfEachTrustsCapacityPerModalityToWithinHalfASession() {
        Map<String, Integer> whole = slotsByTrustAndModality(SMALL);
        Map<String, Integer> largestSession = largestSessionByTrustAndModality(SMALL);
        for (double share : new double[] {0.5, 0.25}) {
            Map<String, Integer> sample = slotsByTrustAndModality(NetworkShare.of(SMALL, share));
            whole.forEach((group, slots) -> assertThat(Math.abs(sample.getOrDefault(group, 0) - share * slots))
                    .as("share %s, %s: %d slots, sessions of up to %d", share, group, slots, largestSession.get(group))
                    .isLessThanOrEqualTo(largestSession.get(group) / 2.0));
        }
    }

    @Test
    void eachTrustKeepsItsWaitingListAgainstItsCapacityAndItsReferrals() {
        for (double share : new double[] {0.5, 0.25}) {
            DemoNetwork sample = NetworkShare.of(SMALL, share);
            Map<String, Double> listPerSlot = listPerSlot(SMALL);
            Map<String, Double> sampledListPerSlot = listPerSlot(sample);
            assertThat(sampledListPerSlot.keySet()).isEqualTo(listPerSlot.keySet());
            listPerSlot.forEach((trust, ratio) -> assertThat(sampledListPerSlot.get(trust) / ratio)
                    .as("share %s, %s: waiting list per slot against the whole network's", share, trust)
                    .isBetween(0.85, 1.15));

            Map<String, Double> referrals = Demand.of(SMALL, new Streams(7), 1).weekdayReferrals();
            Map<String, Double> sampledReferrals =
                    Demand.of(sample, new Streams(7), 1).weekdayReferrals();
            referrals.forEach((trust, perDay) -> assertThat(sampledReferrals.get(trust) / perDay)
                    .as("share %s, %s: referrals a weekday against the whole network's", share, trust)
                    .isBetween(share * 0.9, share * 1.1));
        }
    }

    @Test
    void theSampleHoldsTogether() {
        DemoNetwork sample = NetworkShare.of(SMALL, 0.3);
        Set<SessionId> sessions = sample.sessions().stream().map(Session::id).collect(Collectors.toSet());
        Set<SlotId> slots = sample.slots().stream().map(Slot::id).collect(Collectors.toSet());
        Set<RequestId> requests = sample.requests().stream().map(Request::id).collect(Collectors.toSet());
        Set<PatientId> patients = sample.patients().stream().map(Patient::id).collect(Collectors.toSet());
        Set<SlotId> appointed =
                sample.appointments().stream().map(Appointment::slot).collect(Collectors.toSet());

        assertThat(sample.slots()).allSatisfy(slot -> assertThat(sessions).contains(slot.session()));
        assertThat(sample.appointments()).isNotEmpty().allSatisfy(appointment -> {
            assertThat(slots).contains(appointment.slot());
            assertThat(requests).contains(appointment.request());
        });
        assertThat(sample.slots().stream().filter(slot -> slot.status() == SlotStatus.BOOKED))
                .as("booked slots have their appointment")
                .allSatisfy(slot -> assertThat(appointed).contains(slot.id()));
        assertThat(sample.requests()).allSatisfy(request -> assertThat(patients).contains(request.patient()));
        assertThat(sample.events()).allSatisfy(event -> assertThat(requests).contains(event.request()));
        assertThat(sample.events().stream().map(event -> event.request()).collect(Collectors.toSet()))
                .as("every kept request keeps its history")
                .isEqualTo(requests);
        assertThat(sample.rooms()).isEqualTo(SMALL.rooms());
        assertThat(sample.sites()).isEqualTo(SMALL.sites());
    }

    @Test
    void refusesAShareOutsideNoneToAll() {
        assertThatThrownBy(() -> NetworkShare.of(SMALL, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share");
        assertThatThrownBy(() -> NetworkShare.of(SMALL, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share");
    }

    @Test
    void aSystematicSampleTakesEveryNthHalfAStepIn() {
        assertThat(NetworkShare.systematic(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Integer::compare, 0.2))
                .containsExactly(3, 8);
        assertThat(NetworkShare.systematic(List.of(3, 1, 2), Integer::compare, 1))
                .containsExactly(1, 2, 3);
    }

    @Test
    void sessionsWithNothingBookableAreSampledToo() {
        List<Session> group = SMALL.sessions().subList(0, 10);

        Set<SessionId> kept = NetworkShare.capacity(group, SMALL.startDate(), 7, session -> 0, 0.2);

        assertThat(kept).hasSize(2);
    }

    @Test
    void everyWeekKeepsTheShareOfEachTrustsSlotsToWithinHalfASession() {
        Map<String, Room> rooms = SMALL.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        Map<OdsCode, OdsCode> trusts = SMALL.sites().stream().collect(Collectors.toMap(Site::odsCode, Site::trust));
        Map<SessionId, Integer> slots = new HashMap<>();
        SMALL.slots().stream()
                .filter(slot -> slot.status() != SlotStatus.BLOCKED)
                .forEach(slot -> slots.merge(slot.session(), 1, Integer::sum));
        List<Session> group = SMALL.sessions().stream()
                .filter(session ->
                        trusts.get(rooms.get(session.roomId()).site()).value().equals("RXW")
                                && rooms.get(session.roomId()).modality() == Modality.CT)
                .toList();
        int largest = group.stream()
                .mapToInt(s -> slots.getOrDefault(s.id(), 0))
                .max()
                .orElseThrow();

        Set<SessionId> kept =
                NetworkShare.capacity(group, SMALL.startDate(), 7, s -> slots.getOrDefault(s.id(), 0), 0.3);

        for (int week = 0; week < 6; week++) {
            LocalDate monday = SMALL.startDate().plusWeeks(week);
            List<Session> upToWeek = group.stream()
                    .filter(s -> s.clinicDate().isBefore(monday.plusWeeks(1)))
                    .toList();
            double all = upToWeek.stream()
                    .mapToInt(s -> slots.getOrDefault(s.id(), 0))
                    .sum();
            double keptSlots = upToWeek.stream()
                    .filter(s -> kept.contains(s.id()))
                    .mapToInt(s -> slots.getOrDefault(s.id(), 0))
                    .sum();
            assertThat(Math.abs(keptSlots - 0.3 * all)).as("week " + (week + 1)).isLessThanOrEqualTo(largest / 2.0);
        }
        assertThat(kept).as("a sample, not all or none").isNotEmpty().hasSizeLessThan(group.size());
    }

    private static Map<String, Integer> slotsByTrustAndModality(DemoNetwork network) {
        Map<String, Integer> slots = new TreeMap<>();
        slotsBySession(network).forEach((session, count) -> slots.merge(group(network, session), count, Integer::sum));
        return slots;
    }

    private static Map<String, Integer> largestSessionByTrustAndModality(DemoNetwork network) {
        Map<String, Integer> largest = new TreeMap<>();
        slotsBySession(network).forEach((session, count) -> largest.merge(group(network, session), count, Math::max));
        return largest;
    }

    /** Bookable (not blocked) slots of each session. */
    private static Map<Session, Integer> slotsBySession(DemoNetwork network) {
        Map<SessionId, Session> sessions =
                network.sessions().stream().collect(Collectors.toMap(Session::id, Function.identity()));
        Map<Session, Integer> slots = new HashMap<>();
        network.slots().stream()
                .filter(slot -> slot.status() != SlotStatus.BLOCKED)
                .forEach(slot -> slots.merge(sessions.get(slot.session()), 1, Integer::sum));
        return slots;
    }

    private static String group(DemoNetwork network, Session session) {
        Room room = network.rooms().stream()
                .filter(r -> r.id().equals(session.roomId()))
                .findFirst()
                .orElseThrow();
        OdsCode trust = network.sites().stream()
                .filter(site -> site.odsCode().equals(room.site()))
                .findFirst()
                .orElseThrow()
                .trust();
        return trust.value() + "/" + room.modality();
    }

    private static Map<String, Double> listPerSlot(DemoNetwork network) {
        Map<String, Room> rooms = network.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        Map<OdsCode, OdsCode> trusts = network.sites().stream().collect(Collectors.toMap(Site::odsCode, Site::trust));
        Map<String, Integer> slots = new TreeMap<>();
        network.slots()
                .forEach(slot ->
                        slots.merge(trusts.get(rooms.get(slot.roomId()).site()).value(), 1, Integer::sum));
        Map<String, Integer> waiting = new TreeMap<>();
        network.requests().stream()
                .filter(request -> ON_THE_LIST.contains(request.state()))
                .forEach(request ->
                        waiting.merge(request.referral().referringTrust().value(), 1, Integer::sum));
        Map<String, Double> ratio = new TreeMap<>();
        waiting.forEach((trust, count) -> ratio.put(trust, count / (double) slots.get(trust)));
        return ratio;
    }
}
