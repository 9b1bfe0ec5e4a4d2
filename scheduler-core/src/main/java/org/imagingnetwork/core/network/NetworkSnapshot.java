package org.imagingnetwork.core.network;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole network's reference data at one moment, with lookups by code held in memory. */
public record NetworkSnapshot(
        List<Ics> integratedCareSystems, List<Trust> trusts, List<Site> sites, List<Room> rooms, List<Staff> staff) {

    public NetworkSnapshot {
        integratedCareSystems = List.copyOf(integratedCareSystems);
        trusts = List.copyOf(trusts);
        sites = List.copyOf(sites);
        rooms = List.copyOf(rooms);
        staff = List.copyOf(staff);
    }

    public Optional<Trust> trust(OdsCode odsCode) {
        return trusts.stream().filter(t -> t.odsCode().equals(odsCode)).findFirst();
    }

    public Map<OdsCode, Site> sitesByCode() {
        return index(sites, Site::odsCode);
    }

    public Map<String, Room> roomsById() {
        return index(rooms, Room::id);
    }

    /** Rooms grouped by the site they are in, each site's rooms in id order. */
    public Map<OdsCode, List<Room>> roomsBySite() {
        return rooms.stream()
                .sorted(Comparator.comparing(Room::id))
                .collect(Collectors.groupingBy(Room::site, LinkedHashMap::new, Collectors.toList()));
    }

    /** The trust that runs a site; every site belongs to exactly one trust. */
    public Map<OdsCode, OdsCode> trustOfSite() {
        return sites.stream().collect(Collectors.toMap(Site::odsCode, Site::trust, (a, b) -> a, LinkedHashMap::new));
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new));
    }
}
