package io.newsflow.alerts.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address range in CIDR form, such as {@code 10.0.0.0/8} or {@code fd00::/8}. */
final class AddressRange {
    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** @param setting the setting the range was given in, named when it is malformed */
    static AddressRange parse(String cidr, String setting) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw malformed(cidr, setting, "no /prefix-length");
        }
        String host = cidr.substring(0, slash);
        if (!host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            throw malformed(cidr, setting, "'" + host + "' is not an IP address");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw malformed(cidr, setting, "'" + host + "' is not an IP address");
        }
        int prefix;
        try {
            prefix = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw malformed(cidr, setting, "the prefix length is not a number");
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw malformed(cidr, setting, "the prefix length must be 0-" + network.length * 8);
        }
        return new AddressRange(network, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException malformed(String cidr, String setting, String why) {
        return new IllegalArgumentException("setting '" + setting + "': '" + cidr + "' is not an address range ("
                + why + "); give ranges such as 10.0.0.0/8, 127.0.0.1/32 or fd00::/8, separated by commas");
    }
}
