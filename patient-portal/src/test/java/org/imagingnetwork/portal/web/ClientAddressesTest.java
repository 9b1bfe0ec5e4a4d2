package org.imagingnetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindBalancers = new ClientAddresses(List.of("10.0.0.0/8", "fd00::/8"));

    @Test
    void aTrustedBalancerTellsWhoTheClientIs() {
        assertThat(behindBalancers.of(address("10.1.2.3"), List.of("198.51.100.7")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void anAddressAClientWroteBeforeTheBalancerIsIgnored() {
        // The client sent "X-Forwarded-For: 203.0.113.9"; the balancer appended what it saw.
        assertThat(behindBalancers.of(address("10.1.2.3"), List.of("203.0.113.9, 198.51.100.7")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void severalTrustedHopsAreWalkedBackToTheClient() {
        assertThat(behindBalancers.of(address("10.0.0.1"), List.of("198.51.100.7, 10.9.9.9", "10.0.0.2")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void aPeerThatIsNotABalancerIsTheClientWhateverItWrites() {
        assertThat(behindBalancers.of(address("198.51.100.7"), List.of("203.0.113.9")))
                .isEqualTo("198.51.100.7");
        assertThat(new ClientAddresses(List.of()).of(address("10.1.2.3"), List.of("203.0.113.9")))
                .isEqualTo("10.1.2.3");
    }

    @Test
    void aGarbledOrMissingHeaderLeavesTheLastAddressABalancerVouchedFor() {
        assertThat(behindBalancers.of(address("10.1.2.3"), List.of("evil.example, 10.4.4.4")))
                .isEqualTo("10.4.4.4");
        assertThat(behindBalancers.of(address("10.1.2.3"), List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6BalancersAndClients() {
        assertThat(behindBalancers.of(address("fd12::1"), List.of("2001:db8::5")))
                .isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void rangesMatchTheirPrefixOnly() {
        ClientAddresses narrow = new ClientAddresses(List.of("192.168.4.0/22"));
        assertThat(narrow.of(address("192.168.7.255"), List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(narrow.of(address("192.168.8.0"), List.of("198.51.100.7"))).isEqualTo("192.168.8.0");
    }

    @Test
    void aBadRangeNamesTheVariable() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")))
                .hasMessage("PORTAL_TRUSTED_PROXIES: '10.0.0.0/33' needs a prefix length from 0 to 32");
        assertThatThrownBy(() -> new ClientAddresses(List.of("balancer.internal")))
                .hasMessage("PORTAL_TRUSTED_PROXIES: 'balancer.internal' is not an IP address or CIDR range");
    }

    private static InetAddress address(String literal) {
        return AddressRange.literal(literal).orElseThrow();
    }
}
