package org.imagingnetwork.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.SiteKind;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.StaffRole;
import org.imagingnetwork.core.patient.Postcode;
import org.imagingnetwork.core.request.RequestState;
import org.junit.jupiter.api.Test;

/**
 * The full preset against the West Midlands Imaging Network's published figures. Tolerances: the
 * trust, ICS, site, CDC and X-ray/ultrasound/CT/MRI room counts are exact; all rooms (those four plus
 * DEXA, mammography and fluoroscopy) within 800 to 900, "about 800"; staff within 5% of 3,000.
 */
class FullPresetTest {

    private final DemoNetwork network = GeneratedNetworks.full();

    @Test
    void hasTheWestMidlandsTrustsSitesAndIntegratedCareSystems() {
        assertThat(network.integratedCareSystems())
                .extracting(Ics::name)
                .containsExactly(
                        "Birmingham and Solihull",
                        "Black Country",
                        "Coventry and Warwickshire",
                        "Herefordshire and Worcestershire",
                        "Shropshire, Telford and Wrekin",
                        "Staffordshire and Stoke-on-Trent");
        assertThat(network.trusts()).hasSize(15);
        assertThat(network.sites()).hasSize(47);
        assertThat(network.sites().stream().filter(s -> s.kind() == SiteKind.CDC))
                .hasSize(14);
        assertThat(network.trusts().stream().map(t -> t.icsCode()).distinct()).hasSize(6);
    }

    @Test
    void hasTheWestMidlandsRoomsByModality() {
        Map<Modality, Long> rooms =
                network.rooms().stream().collect(Collectors.groupingBy(Room::modality, Collectors.counting()));

        assertThat(rooms.get(Modality.XR)).isEqualTo(290);
        assertThat(rooms.get(Modality.US)).isEqualTo(371);
        assertThat(rooms.get(Modality.CT)).isEqualTo(73);
        assertThat(rooms.get(Modality.MR)).isEqualTo(63);
        assertThat(rooms.keySet()).containsExactlyInAnyOrder(Modality.values());
        assertThat(network.rooms()).hasSizeBetween(800, 900);
    }

    @Test
    void hasAboutThreeThousandStaffInEveryRole() {
        assertThat((double) network.staff().size()).isCloseTo(3000, within(150.0));
        assertThat(network.staff().stream().map(s -> s.role()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(StaffRole.values());
        Map<String, String> trustOfSite = network.sites().stream()
                .collect(Collectors.toMap(
                        s -> s.odsCode().value(), s -> s.trust().value()));
        assertThat(network.staff())
                .allSatisfy(s -> assertThat(s.homeSites())
                        .allSatisfy(home -> assertThat(trustOfSite.get(home.value()))
                                .isEqualTo(s.trust().value())));
    }

    @Test
    void sitesAreAtWestMidlandsPlacesAndCdcsHaveTheFourBigModalities() {
        Map<String, Set<Modality>> modalities = network.rooms().stream()
                .collect(Collectors.groupingBy(
                        r -> r.site().value(), Collectors.mapping(Room::modality, Collectors.toSet())));
        for (Site site : network.sites()) {
            assertThat(site.location().latitude()).as(site.name()).isBetween(51.9, 53.3);
            assertThat(site.location().longitude()).as(site.name()).isBetween(-3.2, -1.2);
            assertThat(Postcode.parse(site.postcode())).as(site.name()).isPresent();
            assertThat(modalities.get(site.odsCode().value())).as(site.name()).isNotEmpty();
            if (site.kind() == SiteKind.CDC) {
                assertThat(modalities.get(site.odsCode().value()))
                        .as(site.name())
                        .contains(Modality.XR, Modality.US, Modality.CT, Modality.MR);
            }
        }
    }

    @Test
    void roomsCarryTheEquipmentSpecialistListsNeed() {
        Set<Capability> seen = EnumSet.noneOf(Capability.class);
        network.rooms().forEach(r -> seen.addAll(r.capabilities()));

        assertThat(seen).containsExactlyInAnyOrder(Capability.values());
        assertThat(network.rooms())
                .allSatisfy(r -> assertThat(r.maxPatientWeightKg().isPresent())
                        .isEqualTo(r.capabilities().contains(Capability.BARIATRIC_TABLE)));
        assertThat(network.rooms().stream().filter(r -> r.maxPatientWeightKg().isPresent()))
                .allSatisfy(r -> assertThat(r.maxPatientWeightKg().getAsInt()).isGreaterThan(150));
    }

    @Test
    void examCatalogueCoversEveryModalityInEnglishAndWelsh() {
        assertThat(network.exams()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(network.exams().stream().map(Exam::modality).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Modality.values());
        assertThat(network.exams()).allSatisfy(e -> {
            assertThat(e.preparationWelsh()).isNotBlank().isNotEqualTo(e.preparation());
            assertThat(e.requiredSkills()).contains(Skill.competenceFor(e.modality()));
        });
        assertThat(network.exams().stream().filter(Exam::contrast)).isNotEmpty();
    }

    @Test
    void diaryRunsTwelveWeeksFromTheStartDate() {
        LocalDate first = network.sessions().stream()
                .map(Session::clinicDate)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = network.sessions().stream()
                .map(Session::clinicDate)
                .max(LocalDate::compareTo)
                .orElseThrow();

        assertThat(first).isEqualTo(GeneratedNetworks.START);
        assertThat(last).isBetween(GeneratedNetworks.START.plusDays(77), GeneratedNetworks.START.plusDays(83));
        assertThat(network.slots()).hasSizeGreaterThan(300_000);
    }

    @Test
    void waitingListsAreUnevenWithSomeTrustsFarOverCapacity() {
        Map<String, Double> weeksOfOwnCapacity = weeksOfOwnCapacity();
        double most =
                weeksOfOwnCapacity.values().stream().mapToDouble(d -> d).max().orElseThrow();
        double least =
                weeksOfOwnCapacity.values().stream().mapToDouble(d -> d).min().orElseThrow();

        assertThat(most / least).isGreaterThan(5);
        assertThat(weeksOfOwnCapacity.values().stream().filter(w -> w > 1.5)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(weeksOfOwnCapacity.values().stream().filter(w -> w < 0.5)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(network.requests().stream().map(r -> r.state()).collect(Collectors.toSet()))
                .contains(
                        RequestState.RECEIVED,
                        RequestState.VETTED,
                        RequestState.WAITING,
                        RequestState.APPOINTED,
                        RequestState.REJECTED,
                        RequestState.CANCELLED);
    }

    /** Each trust's waiting list (requests waiting to be booked) in weeks of its own bookable slots. */
    private Map<String, Double> weeksOfOwnCapacity() {
        Map<String, String> trustOfRoom = network.rooms().stream()
                .collect(Collectors.toMap(
                        Room::id, r -> trustOfSite().get(r.site().value())));
        Map<Long, Session> sessions =
                network.sessions().stream().collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        Map<String, Long> slotsPerTrust = new HashMap<>();
        network.slots().stream()
                .filter(s -> sessions.get(s.session().value()).status() == SessionStatus.RELEASED)
                .forEach(s -> slotsPerTrust.merge(trustOfRoom.get(s.roomId()), 1L, Long::sum));
        Map<String, Long> waiting = network.requests().stream()
                .filter(r -> r.state() == RequestState.WAITING)
                .collect(
                        Collectors.groupingBy(r -> r.referral().referringTrust().value(), Collectors.counting()));
        int weeks = DemoPreset.FULL.weeks();
        return slotsPerTrust.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> waiting.getOrDefault(e.getKey(), 0L) / (e.getValue() / (double) weeks)));
    }

    private Map<String, String> trustOfSite() {
        return network.sites().stream()
                .collect(Collectors.toMap(
                        s -> s.odsCode().value(), s -> s.trust().value()));
    }
}
