package org.imagingnetwork.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.SiteKind;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.Test;

class SmallPresetTest {

    private final DemoNetwork network = GeneratedNetworks.small();

    @Test
    void isAFewTrustsSitesAndRoomsOfEveryModalityOverTwoWeeks() {
        assertThat(network.integratedCareSystems()).hasSize(2);
        assertThat(network.trusts()).hasSize(3);
        assertThat(network.sites()).hasSize(5);
        assertThat(network.sites().stream().filter(s -> s.kind() == SiteKind.CDC))
                .hasSize(2);
        assertThat(network.rooms()).hasSize(22);
        assertThat(network.rooms().stream().map(Room::modality).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Modality.values());
        assertThat(network.sessions())
                .allSatisfy(s -> assertThat(s.clinicDate())
                        .isBetween(GeneratedNetworks.START, GeneratedNetworks.START.plusDays(13)));
        assertThat(network.requests().stream().filter(r -> r.state() == RequestState.WAITING))
                .isNotEmpty();
    }

    @Test
    void listsKeepTheirLondonClockTimesAcrossTheSpringClockChangeAndSkipBankHolidays() {
        // 22 March 2027: the diary spans Good Friday (26th), the clock change (28th) and Easter Monday (29th).
        DemoNetwork easter = DemoNetwork.generate(DemoPreset.SMALL, 3, LocalDate.of(2027, 3, 22));
        Set<LocalTime> planned = Set.of(
                LocalTime.of(8, 0),
                LocalTime.of(8, 30),
                LocalTime.of(9, 0),
                LocalTime.of(12, 30),
                LocalTime.of(13, 30),
                LocalTime.of(16, 30),
                LocalTime.of(17, 30));

        assertThat(easter.sessions())
                .allSatisfy(s -> assertThat(planned)
                        .contains(London.atLondon(s.startsAt()).toLocalTime()));
        assertThat(easter.sessions().stream().map(Session::clinicDate))
                .doesNotContain(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29))
                .contains(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 30));
        Map<Boolean, Set<Integer>> utcHourOfEightOClockLists = easter.sessions().stream()
                .filter(s -> London.atLondon(s.startsAt()).toLocalTime().equals(LocalTime.of(8, 0)))
                .collect(Collectors.partitioningBy(
                        s -> s.clinicDate().isAfter(LocalDate.of(2027, 3, 27)),
                        Collectors.mapping(
                                s -> s.startsAt()
                                        .atZone(java.time.ZoneOffset.UTC)
                                        .getHour(),
                                Collectors.toSet())));
        assertThat(utcHourOfEightOClockLists.get(false)).containsExactly(8);
        assertThat(utcHourOfEightOClockLists.get(true)).containsExactly(7);
    }

    @Test
    void onlyCommunityDiagnosticCentresRunSundayLists() {
        Map<String, SiteKind> kindOfRoom = network.rooms().stream()
                .collect(Collectors.toMap(
                        Room::id,
                        r -> network.sites().stream()
                                .filter(s -> s.odsCode().equals(r.site()))
                                .findFirst()
                                .orElseThrow()
                                .kind()));

        assertThat(network.sessions().stream()
                        .filter(s -> s.clinicDate().getDayOfWeek() == DayOfWeek.SUNDAY)
                        .map(s -> kindOfRoom.get(s.roomId())))
                .isNotEmpty()
                .containsOnly(SiteKind.CDC);
    }
}
