package org.imagingnetwork.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class VirtualAddressesTest {

    @Test
    void givesEachVirtualUserAnAddressOfItsOwnInTenSlashEight() {
        assertThat(VirtualAddresses.of(1)).isEqualTo("10.0.0.1");
        assertThat(VirtualAddresses.of(255)).isEqualTo("10.0.0.255");
        assertThat(VirtualAddresses.of(256)).isEqualTo("10.0.1.0");
        assertThat(VirtualAddresses.of(70_000)).isEqualTo("10.1.17.112");
        Set<String> addresses = new HashSet<>();
        LongStream.rangeClosed(1, 5_000).forEach(user -> addresses.add(VirtualAddresses.of(user)));
        assertThat(addresses).hasSize(5_000);
    }

    @Test
    void neverGivesTheNetworkOrBroadcastAddressAndWrapsAfterTheLast() {
        assertThat(VirtualAddresses.of(VirtualAddresses.DISTINCT)).isEqualTo("10.255.255.254");
        assertThat(VirtualAddresses.of(VirtualAddresses.DISTINCT + 1)).isEqualTo("10.0.0.1");
        assertThat(VirtualAddresses.of(0)).isEqualTo("10.255.255.254");
    }
}
