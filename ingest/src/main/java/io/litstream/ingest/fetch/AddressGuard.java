package io.litstream.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps a fetch from reaching the network the ingester runs in: a feed or sitemap must not be able
 * to make it probe internal services (SSRF). A URL passes when it is absolute http(s) and every
 * address its host resolves to is public; loopback, unspecified, link-local, site-local/private,
 * unique-local (fc00::/7), carrier-grade NAT (100.64/10), multicast, and IPv4 addresses mapped or
 * embedded in IPv6 are refused unless private addresses are allowed.
 *
 * <p>The fetcher checks every hop, so a redirect to a private address is refused too. Limitation:
 * {@link java.net.http.HttpClient} resolves the host again when it connects and offers no way to
 * pin the address checked here, so a DNS server that answers differently within the same second
 * (DNS rebinding) could still steer one request; the JVM's positive DNS cache (30 s by default)
 * makes the two look-ups agree in practice. Where that matters, also block private ranges at an
 * egress proxy or firewall.
 */
public final class AddressGuard {
    /** Resolves a host name; tests substitute their own. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final boolean allowLoopback;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this(allowPrivate, false, resolver);
    }

    /**
     * @param allowLoopback let loopback addresses (127.0.0.0/8, ::1) through while every other
     *                      non-public range stays refused: a server on this machine, never the network around it
     */
    public AddressGuard(boolean allowPrivate, boolean allowLoopback, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** Why {@code uri} must not be fetched, or empty when it may. */
    public Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are fetched: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("no host in " + uri);
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("credentials in URLs are not sent: " + uri.getHost());
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of("cannot resolve " + bare);
        }
        List<InetAddress> refused = Arrays.stream(addresses)
                .filter(a -> !(allowLoopback && a.isLoopbackAddress()))
                .filter(AddressGuard::isNonPublic).toList();
        if (!refused.isEmpty()) {
            return Optional.of(bare + " resolves to a non-public address " + refused.get(0).getHostAddress()
                    + " (set allowPrivateAddresses to fetch it" + (allowLoopback ? "; only loopback is allowed" : "") + ")");
        }
        return Optional.empty();
    }

    /** Whether {@code address} belongs to a local, private or otherwise non-public range. */
    public static boolean isNonPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isNonPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return true; // fec0::/10 deprecated site-local
            }
            boolean firstTenZero = true;
            for (int i = 0; i < 10; i++) {
                firstTenZero &= b[i] == 0;
            }
            if (firstTenZero && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): judge the IPv4 address inside.
                return isNonPublicV4(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isNonPublicV4(Arrays.copyOfRange(b, 2, 6)); // 2002::/16 6to4 embeds an IPv4 address
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isNonPublicV4(Arrays.copyOfRange(b, 12, 16)); // 64:ff9b::/96 NAT64
            }
        }
        return false;
    }

    private static boolean isNonPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return a0 == 0                                  // 0.0.0.0/8 "this network"
                || a0 == 10                             // 10/8
                || a0 == 127                            // loopback
                || (a0 == 100 && (a1 & 0xc0) == 64)     // 100.64/10 carrier-grade NAT
                || (a0 == 169 && a1 == 254)             // link-local, cloud metadata services
                || (a0 == 172 && (a1 & 0xf0) == 16)     // 172.16/12
                || (a0 == 192 && a1 == 168)             // 192.168/16
                || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // 192.0.0/24 protocol assignments
                || (a0 == 198 && (a1 & 0xfe) == 18)     // 198.18/15 benchmarking
                || a0 >= 224;                           // multicast, reserved, broadcast
    }
}
