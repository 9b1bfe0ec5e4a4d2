package org.imagingnetwork.portal.choice;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.Site;
import org.jdbi.v3.core.Jdbi;

/**
 * The network's sites, kept for a minute: a few dozen rows that change when a trust opens a site,
 * read on every search.
 */
@Singleton
public class SiteDirectory {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Cached(List<Site> sites, Instant loadedAt) {}

    private final NetworkDirectory network;
    private final Clock clock;
    private volatile Cached cached;

    SiteDirectory(Jdbi jdbi, Clock clock) {
        this.network = new JdbiNetworkDirectory(jdbi);
        this.clock = clock;
    }

    public List<Site> sites() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current == null || current.loadedAt().plus(FRESH_FOR).isBefore(now)) {
            current = new Cached(network.sites(), now);
            cached = current;
        }
        return current.sites();
    }

    public Optional<Site> site(String odsCode) {
        return sites().stream().filter(s -> s.odsCode().value().equals(odsCode)).findFirst();
    }
}
