package io.newsflow.alerts.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go. A subscription names its URL, and the alerts service then sends requests from
 * inside the operator's network: without a rule, anyone who may add a subscription could make it call a
 * cloud metadata endpoint (169.254.169.254), an admin port on localhost or any internal host. So only
 * http(s) to public addresses is allowed, checked when a subscription is applied and again, after DNS
 * resolution, before every delivery (a name can be re-pointed in between). Private targets an operator
 * trusts are allowed explicitly, by address range, with the setting {@value #ALLOW_SETTING}.
 */
public final class WebhookTargets {
    public static final String ALLOW_SETTING = "alerts.webhook.allow.private";
    private final List<AddressRange> allowed;

    private WebhookTargets(List<AddressRange> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /**
     * @param allowList comma-separated address ranges (CIDR, e.g. {@code 10.0.0.0/8}, {@code 127.0.0.1/32},
     *                  {@code fd00::/8}) that webhooks may reach although they are not public; empty for none
     */
    public static WebhookTargets allowing(String allowList) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : allowList.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(AddressRange.parse(entry.trim(), ALLOW_SETTING));
            }
        }
        return new WebhookTargets(ranges);
    }

    /** What a check says of a URL; {@code reason} is empty when it may be called. */
    public record Verdict(Kind kind, String reason) {
        public enum Kind {
            ALLOWED,
            /** Never to be called: not http(s), or an address that is not public and not allowed. */
            REFUSED,
            /** The host does not resolve now: DNS may be down or not yet set up, so ask again later. */
            UNRESOLVED
        }

        static final Verdict ALLOWED = new Verdict(Kind.ALLOWED, "");

        static Verdict refused(String reason) {
            return new Verdict(Kind.REFUSED, reason);
        }
    }

    /** Checks the URL, resolving its host. Resolving blocks, so the caller picks the thread (never a stream thread). */
    public Verdict check(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Verdict.refused("'" + url + "' is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Verdict.refused(url + " is not an http(s) URL; webhooks are only sent over http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Verdict.refused(url + " names no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return new Verdict(Verdict.Kind.UNRESOLVED, url + ": the host " + uri.getHost() + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = nonPublicKind(address);
            if (kind.isPresent() && allowed.stream().noneMatch(range -> range.contains(address))) {
                return Verdict.refused(url + " resolves to " + address.getHostAddress() + ", " + kind.get()
                        + "; webhooks go to public addresses only, unless " + ALLOW_SETTING
                        + " lists the range (e.g. " + address.getHostAddress()
                        + (address instanceof Inet4Address ? "/32" : "/128") + ")");
            }
        }
        return Verdict.ALLOWED;
    }

    /**
     * What makes an address one that a webhook must not reach by default; empty for a public address. (Java
     * reads an IPv4-mapped IPv6 address such as ::ffff:127.0.0.1 as the IPv4 address, so it is judged as one.)
     */
    static Optional<String> nonPublicKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (such as a cloud metadata endpoint)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private-network address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0 || first >= 240) {
                return Optional.of("a reserved address");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("a carrier-grade NAT address");
            }
        } else if ((bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("a unique-local (private) IPv6 address");
        }
        return Optional.empty();
    }
}
