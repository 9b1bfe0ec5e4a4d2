package org.imagingnetwork.core.choice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;

/**
 * The network's sites and rooms, kept for a minute: a few hundred rows that change when a trust
 * opens a site or equips a room, read on every search.
 */
public final class SiteDirectory {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Cached(List<Site> sites, Map<String, List<Room>> roomsBySite, Instant loadedAt) {}

    private final NetworkDirectory network;
    private final Clock clock;
    private volatile Cached cached;

    public SiteDirectory(NetworkDirectory network, Clock clock) {
        this.network = network;
        this.clock = clock;
    }

    public List<Site> sites() {
        return current(clock.instant()).sites();
    }

    /** The rooms at this site. */
    public List<Room> roomsAt(String odsCode) {
        return current(clock.instant()).roomsBySite().getOrDefault(odsCode, List.of());
    }

    private Cached current(Instant now) {
        Cached current = cached;
        if (current == null || current.loadedAt().plus(FRESH_FOR).isBefore(now)) {
            current = new Cached(
                    network.sites(),
                    network.rooms().stream()
                            .collect(Collectors.groupingBy(r -> r.site().value())),
                    now);
            cached = current;
        }
        return current;
    }

    public Optional<Site> site(String odsCode) {
        return sites().stream().filter(s -> s.odsCode().value().equals(odsCode)).findFirst();
    }
}
