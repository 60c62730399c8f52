package io.orderhub.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivateAddressesTest {

    @Test
    void loopbackPrivateLinkLocalAndSharedAddressesArePrivatePublicOnesAreNot() throws Exception {
        assertThat(PrivateAddresses.isPrivate("localhost")).isTrue();
        assertThat(PrivateAddresses.isPrivate("10.1.2.3")).isTrue();
        assertThat(PrivateAddresses.isPrivate("192.168.0.10")).isTrue();
        assertThat(PrivateAddresses.isPrivate("169.254.169.254")).isTrue();
        assertThat(PrivateAddresses.isPrivate("100.64.0.1")).isTrue();
        assertThat(PrivateAddresses.isPrivate("::1")).isTrue();
        assertThat(PrivateAddresses.isPrivate("fd00::1")).isTrue();
        assertThat(PrivateAddresses.isPrivate("93.184.216.34")).isFalse();
        assertThat(PrivateAddresses.isPrivate("2606:2800:220:1::1")).isFalse();
    }
}
