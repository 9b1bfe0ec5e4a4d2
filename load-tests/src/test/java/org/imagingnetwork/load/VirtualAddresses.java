package org.imagingnetwork.load;

/**
 * A network address of its own for each virtual user, as real patients each come from theirs. Every
 * virtual user connects from this machine, so Gatling sends the address as {@code X-Forwarded-For}
 * and HAProxy appends the peer it saw (127.0.0.1), which the portals trust as a proxy
 * ({@code PORTAL_TRUSTED_PROXIES=127.0.0.1/32}): the portal's limits per address then apply to each
 * virtual user alone, at their production values.
 */
final class VirtualAddresses {

    /** Users numbered past this share addresses again (10.0.0.1 to 10.255.255.254). */
    static final long DISTINCT = (1L << 24) - 2;

    private VirtualAddresses() {}

    /** The address of Gatling's virtual user {@code userId} (from 1), in 10.0.0.0/8. */
    static String of(long userId) {
        long host = 1 + Math.floorMod(userId - 1, DISTINCT);
        return "10." + (host >> 16 & 0xff) + "." + (host >> 8 & 0xff) + "." + (host & 0xff);
    }
}
