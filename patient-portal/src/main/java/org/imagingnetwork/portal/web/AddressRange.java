package org.imagingnetwork.portal.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of network addresses written as CIDR ({@code 10.0.0.0/8}, {@code fd00::/8}) or one
 * address ({@code 10.1.2.3}): where the network's load balancers connect from.
 */
final class AddressRange {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final byte[] network;
    private final int prefixBits;

    private AddressRange(byte[] network, int prefixBits) {
        this.network = network;
        this.prefixBits = prefixBits;
    }

    /** Parses a range, or says what is wrong with it. */
    static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", -1);
        byte[] address = literal(parts[0])
                .map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range"));
        int bits = address.length * 8;
        if (parts.length > 2) {
            throw new IllegalArgumentException("'" + text + "' has more than one '/'");
        }
        if (parts.length == 2) {
            try {
                bits = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException(
                        "'" + text + "' needs a prefix length from 0 to " + address.length * 8);
            }
        }
        return new AddressRange(address, bits);
    }

    /**
     * An address written as digits, never a host name: a header a client wrote must not make the
     * portal look names up.
     */
    static Optional<InetAddress> literal(String text) {
        String candidate = text.strip();
        boolean ipv6 = candidate.contains(":") && candidate.matches("[0-9A-Fa-f:.]+");
        if (!ipv6 && !IPV4.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefixBits / 8;
        if (!Arrays.equals(bytes, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefixBits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }
}
