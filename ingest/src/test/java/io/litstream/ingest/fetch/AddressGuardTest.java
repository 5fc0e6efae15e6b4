package io.litstream.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fc00::1",
            "fd12:3456::1", "fe80::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "2002:c0a8:0101::1", "64:ff9b::a00:1"})
    void nonPublicAddressesAreRecognised(String literal) throws Exception {
        assertTrue(AddressGuard.isNonPublic(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "172.15.255.255", "193.0.14.129", "2001:4860:4860::8888", "2a00:1450::1"})
    void publicAddressesPass(String literal) throws Exception {
        assertFalse(AddressGuard.isNonPublic(InetAddress.getByName(literal)), literal);
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIsPrivate() throws Exception {
        InetAddress[] mixed = {InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.5")};
        AddressGuard guard = new AddressGuard(false, host -> mixed);

        Optional<String> refusal = guard.refusal(URI.create("https://feeds.example.org/rss"));

        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("10.0.0.5"), refusal.get());
    }

    @Test
    void onlyHttpAndHttpsWithoutCredentialsAreFetched() {
        AddressGuard guard = new AddressGuard(true);
        assertTrue(guard.refusal(URI.create("file:///etc/passwd")).isPresent());
        assertTrue(guard.refusal(URI.create("ftp://example.org/x")).isPresent());
        assertTrue(guard.refusal(URI.create("http://user:pw@example.org/x")).isPresent());
        assertEquals(Optional.empty(), guard.refusal(URI.create("http://127.0.0.1:8080/x")));
    }

    @Test
    void anUnresolvableHostIsRefused() {
        AddressGuard guard = new AddressGuard(false, host -> {
            throw new java.net.UnknownHostException(host);
        });
        assertTrue(guard.refusal(URI.create("https://no-such-host.invalid/")).orElseThrow().contains("cannot resolve"));
    }

    @Test
    void allowingLoopbackLetsThisMachineThroughButStillRefusesThePrivateNetworkAndMetadataService() {
        AddressGuard guard = new AddressGuard(false, true, InetAddress::getAllByName);
        assertEquals(Optional.empty(), guard.refusal(URI.create("http://127.0.0.1:8080/feed.xml")));
        assertEquals(Optional.empty(), guard.refusal(URI.create("http://[::1]:8080/feed.xml")));
        for (String url : new String[] {"http://10.0.0.1/article", "http://169.254.169.254/latest/meta-data/",
                "http://192.168.1.1/", "http://[fd00::1]/", "http://0.0.0.0:8080/"}) {
            assertTrue(guard.refusal(URI.create(url)).orElseThrow().contains("non-public"), url);
        }
    }
}
