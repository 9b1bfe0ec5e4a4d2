package org.imagingnetwork.portal.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, for limits per address. Behind the network's load balancers
 * the connection's peer is the balancer, so every patient would share one limit; the balancer
 * appends the address it saw to {@code X-Forwarded-For}. That header is believed only when the
 * peer is a trusted proxy ({@code PORTAL_TRUSTED_PROXIES}), since anyone else can write it, and
 * only as far back as the trusted proxies go: the first address from the right that is not one
 * of them is the client.
 */
@Singleton
public final class ClientAddresses {

    private final List<AddressRange> trustedProxies;

    public ClientAddresses(PortalSettings settings) {
        this(settings.trustedProxies());
    }

    ClientAddresses(List<String> trustedProxies) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String range : trustedProxies) {
            if (range.isBlank()) {
                continue;
            }
            try {
                ranges.add(AddressRange.parse(range));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("PORTAL_TRUSTED_PROXIES: " + e.getMessage(), e);
            }
        }
        this.trustedProxies = List.copyOf(ranges);
    }

    public String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote.getAddress() == null) {
            return remote.getHostString();
        }
        return of(remote.getAddress(), request.getHeaders().getAll("X-Forwarded-For"));
    }

    String of(InetAddress peer, List<String> forwardedFor) {
        if (!trusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressRange.literal(hops.get(i));
            if (hop.isEmpty()) {
                // A garbled entry: the last address a trusted proxy vouched for is the best known.
                break;
            }
            client = hop.get();
            if (!trusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
