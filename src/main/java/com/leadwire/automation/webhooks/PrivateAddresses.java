package com.leadwire.automation.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Addresses a webhook must not reach unless an operator allows it: this machine and the networks
 * behind it. A rule that may call any URL would otherwise let an admin probe the internal network.
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    /**
     * Loopback, any-local (0.0.0.0, ::), RFC 1918 and IPv6 site-local, link-local (with the cloud
     * metadata address 169.254.169.254), unique-local IPv6 (fc00::/7), CGNAT (100.64.0.0/10),
     * "this network" (0.0.0.0/8), multicast, the reserved 240.0.0.0/4 and broadcast; an IPv6
     * address that embeds an IPv4 one is judged by it.
     */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && (second & 0xc0) == 64) || first >= 240;
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true;
        }
        return ((Inet6Address) address).isIPv4CompatibleAddress() && isPrivate(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
