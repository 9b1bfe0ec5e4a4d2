package org.imagingnetwork.core.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.choice.Exclusion.Reason;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.SiteKind;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.junit.jupiter.api.Test;

/**
 * "Why does this site not appear?": every site the search leaves out is named with the check it
 * failed, and the search and its exclusions together cover the whole network.
 */
class WhereSearchTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final GeoPoint HOME = new GeoPoint(52.480, -1.907);
    private static final GeoPoint NEAR = new GeoPoint(52.49, -1.90);
    private static final GeoPoint FAR = new GeoPoint(53.40, -1.90);
    private static final Instant FREE = NOW.plus(Duration.ofDays(3));

    private final List<Site> sites = List.of(
            site("GOOD1", NEAR, OptionalInt.of(0)),
            site("UNCHOSEN", NEAR, OptionalInt.of(0)),
            site("ADULTS", NEAR, OptionalInt.empty()),
            site("TEENS", NEAR, OptionalInt.of(16)),
            site("FAR1", FAR, OptionalInt.of(0)),
            site("CTONLY", NEAR, OptionalInt.of(0)),
            site("NOKIT", NEAR, OptionalInt.of(0)),
            site("NOSED", NEAR, OptionalInt.of(0)),
            site("FULL1", NEAR, OptionalInt.of(0)));

    private final List<Room> rooms = List.of(
            room("GOOD1", Modality.MR, Set.of(Capability.PAEDIATRIC_KIT)),
            room("UNCHOSEN", Modality.MR, Set.of(Capability.PAEDIATRIC_KIT)),
            room("ADULTS", Modality.MR, Set.of(Capability.PAEDIATRIC_KIT)),
            room("TEENS", Modality.MR, Set.of(Capability.PAEDIATRIC_KIT)),
            room("FAR1", Modality.MR, Set.of(Capability.PAEDIATRIC_KIT)),
            room("CTONLY", Modality.CT, Set.of(Capability.PAEDIATRIC_KIT)),
            room("NOKIT", Modality.MR, Set.of()),
            room("NOSED", Modality.MR, Set.of(Capability.PAEDIATRIC_KIT)),
            room("FULL1", Modality.MR, Set.of(Capability.PAEDIATRIC_KIT)));

    /** Free times by room: NOSED has one only for a search that needs no sedation cover. */
    private final FreeSlots freeSlots = new FreeSlots() {
        @Override
        public Map<String, Instant> earliestByRoom(
                SlotSearch search, Collection<String> asked, Instant from, Instant until) {
            Map<String, Instant> found = new HashMap<>();
            for (String room : asked) {
                boolean free = !room.startsWith("FULL1") && (!room.startsWith("NOSED") || !search.sedation());
                if (free) {
                    found.put(room, FREE);
                }
            }
            return found;
        }

        @Override
        public List<FreeSlot> at(ChoiceRequest request, String site, SlotSearch search, Instant from, Instant until) {
            return List.of();
        }

        @Override
        public boolean fits(
                ChoiceRequest request, String site, SlotId slot, SlotSearch search, Instant from, Instant until) {
            return false;
        }
    };

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final WhereSearch search = new WhereSearch(
            new SiteDirectory(new Network(), clock),
            new EarliestFreeSlots(freeSlots, clock),
            postcode -> Optional.of(HOME),
            clock);

    @Test
    void eachSiteLeftOutIsNamedWithTheCheckItFailed() {
        ChoiceRequest child = childNeedingSedation();

        Map<String, Reason> reasons = search.excluded(child, WhereFilters.defaults()).stream()
                .collect(Collectors.toMap(e -> e.site().odsCode().value(), Exclusion::reason));

        assertThat(reasons)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "UNCHOSEN", Reason.NOT_CHOSEN,
                        "ADULTS", Reason.AGE,
                        "TEENS", Reason.AGE,
                        "FAR1", Reason.TRAVEL_LIMIT,
                        "CTONLY", Reason.NO_ROOM_FOR_MODALITY,
                        "NOKIT", Reason.NO_EQUIPMENT,
                        "NOSED", Reason.NO_SEDATION_COVER,
                        "FULL1", Reason.NO_FREE_TIME));
        assertThat(search.search(child, WhereFilters.defaults()))
                .extracting(o -> o.site().odsCode().value())
                .containsExactly("GOOD1");
    }

    @Test
    void theReasonsAreInPlainWords() {
        Map<String, String> words = search.excluded(childNeedingSedation(), WhereFilters.defaults()).stream()
                .collect(Collectors.toMap(e -> e.site().odsCode().value(), Exclusion::words));

        assertThat(words.get("ADULTS")).isEqualTo("This site sees adults only; the patient is 10.");
        assertThat(words.get("TEENS")).isEqualTo("This site sees children from age 16; the patient is 10.");
        assertThat(words.get("FAR1"))
                .startsWith("It is about 102 km from the patient's home")
                .endsWith("beyond their travel limit of 50 km.");
        assertThat(words.get("CTONLY")).isEqualTo("It has no MRI room.");
        assertThat(words.get("NOKIT")).isEqualTo("No MRI room there has the equipment MRI head needs.");
        assertThat(words.get("NOSED")).contains("trained in sedation");
    }

    @Test
    void withoutSedationTheSiteWithoutCoverIsOffered() {
        ChoiceRequest noSedation = childNeedingSedation().withoutSedation();

        assertThat(search.search(noSedation, WhereFilters.defaults()))
                .extracting(o -> o.site().odsCode().value())
                .containsExactlyInAnyOrder("GOOD1", "NOSED");
        assertThat(search.excluded(noSedation, WhereFilters.defaults()))
                .extracting(e -> e.site().odsCode().value())
                .doesNotContain("GOOD1", "NOSED");
    }

    @Test
    void theSearchsOwnFiltersAreReasonsToo() {
        WhereFilters stepFree = WhereFilters.parse("earliest", null, "yes", List.of());

        assertThat(search.excluded(childNeedingSedation(), stepFree))
                .filteredOn(e -> e.site().odsCode().value().equals("GOOD1"))
                .extracting(Exclusion::reason)
                .containsExactly(Reason.NOT_STEP_FREE);
    }

    private ChoiceRequest childNeedingSedation() {
        Set<String> chosen = sites.stream()
                .map(s -> s.odsCode().value())
                .filter(code -> !code.equals("UNCHOSEN"))
                .collect(Collectors.toSet());
        return new ChoiceRequest(
                new RequestId(1),
                new PatientId(1),
                RequestState.WAITING,
                "MRHEAD",
                "MRI head",
                Optional.empty(),
                Modality.MR,
                Set.of(Capability.PAEDIATRIC_KIT),
                Duration.ofMinutes(30),
                Duration.ofMinutes(45),
                Duration.ofMinutes(60),
                LocalDate.of(2016, 1, 1),
                "B1 1AA",
                true,
                false,
                OptionalInt.empty(),
                chosen,
                OptionalInt.of(50));
    }

    private static Site site(String code, GeoPoint where, OptionalInt minChildAge) {
        return new Site(
                new OdsCode(code),
                new OdsCode("TRUST1"),
                code,
                SiteKind.ACUTE,
                "B1 1AA",
                where,
                false,
                "Buses",
                "Car park",
                minChildAge,
                List.of());
    }

    private static Room room(String site, Modality modality, Set<Capability> capabilities) {
        return new Room(site + "-1", new OdsCode(site), "Room 1", modality, capabilities, OptionalInt.empty());
    }

    private final class Network implements NetworkDirectory {
        @Override
        public List<Ics> integratedCareSystems() {
            return List.of();
        }

        @Override
        public List<Trust> trusts() {
            return List.of();
        }

        @Override
        public Optional<Trust> trust(OdsCode odsCode) {
            return Optional.empty();
        }

        @Override
        public List<Site> sites() {
            return sites;
        }

        @Override
        public Optional<Site> site(OdsCode odsCode) {
            return sites.stream().filter(s -> s.odsCode().equals(odsCode)).findFirst();
        }

        @Override
        public List<Site> sitesOf(OdsCode trust) {
            return sites;
        }

        @Override
        public List<Room> rooms() {
            return rooms;
        }

        @Override
        public Optional<Room> room(String id) {
            return rooms.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public List<Room> roomsAt(OdsCode site) {
            return rooms.stream().filter(r -> r.site().equals(site)).toList();
        }

        @Override
        public List<Staff> staff() {
            return List.of();
        }

        @Override
        public List<Staff> staffOf(OdsCode trust) {
            return List.of();
        }
    }
}
