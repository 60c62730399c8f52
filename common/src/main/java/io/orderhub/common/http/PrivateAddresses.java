package io.orderhub.common.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a host is, or resolves to, an address inside a machine or a private network. */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    static boolean isPrivate(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            byte[] raw = address.getAddress();
            boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xFE) == 0xFC;                   // fc00::/7
            boolean sharedV4 = raw.length == 4 && (raw[0] & 0xFF) == 100 && (raw[1] & 0xC0) == 64; // 100.64/10
            if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4) {
                return true;
            }
        }
        return false;
    }
}
