package org.imagingnetwork.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.demo.NetworkSummary;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.diary.Slot;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.SiteKind;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The summary of the loaded small network, checked against the same figures counted from the generated records. */
class NetworkSummaryIT {

    private static Database database;
    private static DemoNetwork network;

    @BeforeAll
    static void load() {
        database = Database.open(
                DatabaseSettings.of(TestDatabase.get().freshDatabase("summary")).withPoolSize(6));
        network = DemoNetwork.generate(DemoPreset.SMALL, 5, LocalDate.of(2026, 12, 7));
        new DemoNetworkLoader(database).load(network);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void countsMatchTheGeneratedNetwork() {
        NetworkSummary summary = new NetworkSummaryRepository(database.jdbi()).summary(network.asOf());
        Map<Long, Session> sessions = sessions();

        assertThat(summary.integratedCareSystems())
                .isEqualTo(network.integratedCareSystems().size());
        assertThat(summary.trusts()).isEqualTo(network.trusts().size());
        assertThat(summary.sites()).isEqualTo(network.sites().size());
        assertThat(summary.communityDiagnosticCentres())
                .isEqualTo(network.sites().stream()
                        .filter(s -> s.kind() == SiteKind.CDC)
                        .count());
        assertThat(summary.roomsByModality())
                .isEqualTo(network.rooms().stream()
                        .collect(Collectors.groupingBy(Room::modality, Collectors.summingInt(r -> 1))));
        assertThat(summary.staff()).isEqualTo(network.staff().size());
        assertThat(summary.sessions()).isEqualTo(network.sessions().size());
        assertThat(summary.freeSlots())
                .isEqualTo(network.slots().stream()
                        .filter(s -> bookable(s, sessions))
                        .count());
        assertThat(summary.bookedSlots()).isEqualTo(network.appointments().size());
        assertThat(summary.freeSlots() + summary.bookedSlots() + summary.unavailableSlots())
                .isEqualTo(network.slots().size());
        assertThat(summary.patients()).isEqualTo(network.patients().size());
        assertThat(summary.requestsByState())
                .isEqualTo(network.requests().stream()
                        .collect(Collectors.groupingBy(
                                Request::state, () -> new EnumMap<>(RequestState.class), Collectors.counting())));
    }

    @Test
    void earliestFreeSlotPerIcsAndModalityIsTheFirstBookableOne() {
        Instant from = network.asOf().plusSeconds(3 * 24 * 3600);
        NetworkSummary summary = new NetworkSummaryRepository(database.jdbi()).summary(from);
        Map<String, String> icsOfSite = icsOfSite();
        Map<String, Room> rooms = network.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        Map<Long, Session> sessions = sessions();
        Map<String, Instant> expected = network.slots().stream()
                .filter(s -> bookable(s, sessions) && !s.startsAt().isBefore(from))
                .collect(Collectors.toMap(
                        s -> icsOfSite.get(rooms.get(s.roomId()).site().value()) + "/"
                                + rooms.get(s.roomId()).modality(),
                        Slot::startsAt,
                        (a, b) -> a.isBefore(b) ? a : b));

        assertThat(summary.earliestFreeSlots())
                .hasSize(expected.size())
                .allSatisfy(e -> assertThat(e.startsAt()).isEqualTo(expected.get(e.icsCode() + "/" + e.modality())));
        assertThat(summary.earliestFreeSlots().stream().map(NetworkSummary.EarliestFreeSlot::modality))
                .contains(Modality.XR, Modality.US, Modality.CT, Modality.MR);
    }

    @Test
    void waitingListsCountEachTrustsWaitingBreachedAndFreeSixWeeks() {
        NetworkSummary summary = new NetworkSummaryRepository(database.jdbi()).summary(network.asOf());
        LocalDate today = London.clinicDay(network.asOf());
        Map<String, String> trustOfSite = network.sites().stream()
                .collect(Collectors.toMap(
                        s -> s.odsCode().value(), s -> s.trust().value()));
        Map<String, String> trustOfRoom = network.rooms().stream()
                .collect(
                        Collectors.toMap(Room::id, r -> trustOfSite.get(r.site().value())));
        Map<Long, Session> sessions = sessions();

        for (NetworkSummary.TrustWaitingList list : summary.waitingLists()) {
            List<Request> waiting = network.requests().stream()
                    .filter(r -> r.state() == RequestState.WAITING
                            && r.referral().referringTrust().value().equals(list.odsCode()))
                    .toList();
            assertThat(list.waiting()).isEqualTo(waiting.size());
            assertThat(list.breached())
                    .isEqualTo(waiting.stream()
                            .filter(r -> r.breachDate().isBefore(today))
                            .count());
            assertThat(list.freeSlotsSixWeeks())
                    .isEqualTo(network.slots().stream()
                            .filter(s -> bookable(s, sessions)
                                    && trustOfRoom.get(s.roomId()).equals(list.odsCode()))
                            .count());
        }
        assertThat(summary.waitingLists().stream().map(NetworkSummary.TrustWaitingList::odsCode))
                .containsExactlyElementsOf(network.trusts().stream()
                        .map(t -> t.odsCode().value())
                        .sorted(Comparator.naturalOrder())
                        .toList());
    }

    private static boolean bookable(Slot slot, Map<Long, Session> sessions) {
        return slot.status() == SlotStatus.FREE
                && sessions.get(slot.session().value()).status() == SessionStatus.RELEASED;
    }

    private static Map<Long, Session> sessions() {
        return network.sessions().stream().collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
    }

    private static Map<String, String> icsOfSite() {
        Map<String, String> icsOfTrust = network.trusts().stream()
                .collect(Collectors.toMap(t -> t.odsCode().value(), Trust::icsCode));
        return network.sites().stream()
                .collect(Collectors.toMap(
                        s -> s.odsCode().value(), s -> icsOfTrust.get(s.trust().value())));
    }
}
