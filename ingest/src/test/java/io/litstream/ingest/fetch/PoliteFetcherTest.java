package io.litstream.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.fetch.FetchResult.FailureKind;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
    private static final byte[] PAGE = "<html><body><p>A page about walking groups.</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private final LoopbackServer server = new LoopbackServer();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void sendsAnHonestUserAgentAndReturnsTheBodyWithItsValidators() {
        server.on("/page", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT");
            LoopbackServer.send(ex, 200, "text/html; charset=utf-8", PAGE);
        });
        FetchResult result = new PoliteFetcher(TestFetchConfigs.loopback()).fetch(server.uri("/page"));

        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, result);
        assertArrayEquals(PAGE, ok.body());
        assertEquals("text/html; charset=utf-8", ok.contentType());
        assertEquals(new Validators("\"v1\"", "Mon, 02 Nov 2026 10:00:00 GMT"), ok.validators());
        String ua = server.requests("/page").get(0).header("User-Agent");
        assertTrue(ua.startsWith("litstream/0.1 (+https://github.com/litstream; mailto:tests@example.org)"), ua);
    }

    @Test
    void conditionalGetYieldsNotModifiedWhenTheServerSaysSo() {
        server.on("/feed", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackServer.send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                LoopbackServer.send(ex, 200, "application/rss+xml", PAGE);
            }
        });
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback());
        FetchResult.Ok first = assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(server.uri("/feed")));

        FetchResult second = fetcher.fetch(server.uri("/feed"), first.validators());

        assertInstanceOf(FetchResult.NotModified.class, second);
        assertEquals("\"v1\"", server.requests("/feed").get(1).header("If-None-Match"));
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() {
        server.on("/old", ex -> {
            ex.getResponseHeaders().set("Location", "/middle");
            LoopbackServer.send(ex, 301, null, new byte[0]);
        });
        server.on("/middle", ex -> {
            ex.getResponseHeaders().set("Location", server.uri("/new").toString());
            LoopbackServer.send(ex, 302, null, new byte[0]);
        });
        server.serve("/new", "text/html", PAGE);

        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, new PoliteFetcher(TestFetchConfigs.loopback()).fetch(server.uri("/old")));

        assertEquals(server.uri("/new"), ok.finalUri());
        assertEquals(server.uri("/old"), ok.requested());
    }

    @Test
    void aRedirectLoopFailsWithTheLoopInTheDetail() {
        server.on("/a", ex -> {
            ex.getResponseHeaders().set("Location", "/b");
            LoopbackServer.send(ex, 302, null, new byte[0]);
        });
        server.on("/b", ex -> {
            ex.getResponseHeaders().set("Location", "/a");
            LoopbackServer.send(ex, 302, null, new byte[0]);
        });

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                new PoliteFetcher(TestFetchConfigs.loopback()).fetch(server.uri("/a")));

        assertEquals(FailureKind.REDIRECTS, failed.kind());
        assertTrue(failed.detail().startsWith("redirect loop"), failed.detail());
        assertEquals(DeadLetterReason.UNREADABLE, failed.reason());
        assertTrue(server.requests().size() <= 3, "stopped at the loop: " + server.requests());
    }

    @Test
    void aHostThatCannotBeReachedIsATransientNetworkFailureNotAPermanentRobotsRefusal() throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback());

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                fetcher.fetch(java.net.URI.create("http://127.0.0.1:" + closedPort + "/article.html")));

        assertEquals(FailureKind.NETWORK, failed.kind(), failed.detail());
        assertTrue(failed.transientFailure(), "the next poll tries again");
        assertTrue(failed.detail().contains("robots.txt of 127.0.0.1 unavailable"), failed.detail());
    }

    @Test
    void robotsTxtDisallowIsObeyedAndCachedPerHost() {
        server.serve("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /

                User-agent: litstream
                Disallow: /private/
                Allow: /private/press/
                """);
        server.serve("/private/", "text/html", PAGE);
        server.serve("/public", "text/html", PAGE);
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback());

        FetchResult.Failed refused = assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(server.uri("/private/report")));
        assertEquals(FailureKind.ROBOTS_DISALLOWED, refused.kind());
        assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(server.uri("/private/press/release")));
        assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(server.uri("/public")));

        assertEquals(0, server.requests("/private/report").size());
        assertEquals(1, server.requests("/robots.txt").size());
    }

    @Test
    void requestsToOneHostAreSpacedByTheMinimumInterval() {
        server.serve("/p", "text/html", PAGE);
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback().withMinIntervalPerHost(Duration.ofMillis(150)));

        long started = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(server.uri("/p")));
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(3, server.requests("/p").size());
        // Timed on the client: three requests hold two intervals between them. The server's arrival
        // times are no measure on a loaded machine (a late arrival shortens the next gap it sees).
        assertTrue(tookMillis >= 300, "three requests took only " + tookMillis + " ms");
    }

    @Test
    void aCrawlDelayInRobotsTxtSlowsRequestsToThatHost() {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.3\n");
        server.serve("/p", "text/html", PAGE);
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback());

        long started = System.nanoTime();
        assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(server.uri("/p")));
        assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(server.uri("/p")));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(2, server.requests("/p").size());
        assertTrue(tookMillis >= 300, "two requests took only " + tookMillis + " ms"); // timed on the client, as above
    }

    @Test
    void a429IsRetriedAfterTheTimeTheServerAsksFor() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", ex -> {
            if (calls.getAndIncrement() == 0) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LoopbackServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                LoopbackServer.send(ex, 200, "text/html", PAGE);
            }
        });

        long started = System.nanoTime();
        assertInstanceOf(FetchResult.Ok.class, new PoliteFetcher(TestFetchConfigs.loopback()).fetch(server.uri("/busy")));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(2, server.requests("/busy").size());
        assertTrue(tookMillis >= 1000, "waited only " + tookMillis + " ms"); // timed on the client, as above
    }

    @Test
    void aRetryAfterLongerThanWeWaitFailsInsteadOfStalling() {
        server.on("/later", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LoopbackServer.send(ex, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                new PoliteFetcher(TestFetchConfigs.loopback()).fetch(server.uri("/later")));

        assertEquals(FailureKind.SERVER_ERROR, failed.kind());
        assertEquals(503, failed.status());
        assertTrue(failed.transientFailure());
        assertEquals(1, server.requests("/later").size());
    }

    @Test
    void a500IsRetriedWithBackoffUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", ex -> {
            if (calls.getAndIncrement() < 2) {
                LoopbackServer.send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
            } else {
                LoopbackServer.send(ex, 200, "text/html", PAGE);
            }
        });

        assertInstanceOf(FetchResult.Ok.class, new PoliteFetcher(TestFetchConfigs.loopback()).fetch(server.uri("/flaky")));
        assertEquals(3, server.requests("/flaky").size());
    }

    @Test
    void persistent500sFailAfterTheLastAttempt() {
        server.on("/down", ex -> LoopbackServer.send(ex, 502, "text/plain", "bad gateway".getBytes(StandardCharsets.UTF_8)));

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                new PoliteFetcher(TestFetchConfigs.loopback()).fetch(server.uri("/down")));

        assertEquals(FailureKind.SERVER_ERROR, failed.kind());
        assertEquals(TestFetchConfigs.loopback().maxAttempts(), server.requests("/down").size());
    }

    @Test
    void aBodyThatNeverFinishesTimesOut() {
        server.on("/slow", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 10_000);
            OutputStream out = ex.getResponseBody();
            out.write(PAGE);
            out.flush();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400)));

        long start = System.nanoTime();
        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(server.uri("/slow")));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(FailureKind.TIMEOUT, failed.kind(), failed.detail());
        assertTrue(tookMillis < 5_000, "took " + tookMillis + " ms");
    }

    @Test
    void anOversizedBodyIsAbandonedAsTooLarge() {
        byte[] big = new byte[1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        server.on("/big-chunked", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no length announced, the limit must hold while streaming
            try (OutputStream out = ex.getResponseBody()) {
                out.write(big);
            } catch (java.io.IOException e) {
                // the client hung up once it had enough: expected
            }
        });
        server.serve("/big-declared", "text/html", big);
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback());

        for (String path : List.of("/big-chunked", "/big-declared")) {
            FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(server.uri(path)), path);
            assertEquals(FailureKind.TOO_LARGE, failed.kind(), path);
            assertEquals(DeadLetterReason.TOO_LARGE, failed.reason(), path);
        }
    }

    @Test
    void theGuardRefusesLoopbackByDefaultWithoutSendingAnything() {
        server.serve("/page", "text/html", PAGE);
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback().withAllowPrivateAddresses(false));

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(server.uri("/page")));

        assertEquals(FailureKind.ADDRESS_REFUSED, failed.kind());
        assertTrue(failed.detail().contains("127.0.0.1"), failed.detail());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void theGuardRefusesARedirectIntoThePrivateNetwork() throws Exception {
        // The resolver pretends the literal 127.0.0.1 is a public address, as a hostile public host would be;
        // "localhost" resolves truly. The redirect to it must be refused although the first hop passed.
        InetAddress publicAddress = InetAddress.getByName("203.0.113.7");
        AddressGuard guard = new AddressGuard(false,
                host -> host.equals("127.0.0.1") ? new InetAddress[] {publicAddress} : InetAddress.getAllByName(host));
        server.on("/start", ex -> {
            ex.getResponseHeaders().set("Location", "http://localhost:" + server.port() + "/admin");
            LoopbackServer.send(ex, 302, null, new byte[0]);
        });
        server.serve("/admin", "text/html", PAGE);
        FetchConfig config = TestFetchConfigs.loopback().withAllowPrivateAddresses(false);
        PoliteFetcher fetcher = new PoliteFetcher(config, guard, new HostRateLimiter(Duration.ZERO), Clock.systemUTC());

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(server.uri("/start")));

        assertEquals(FailureKind.ADDRESS_REFUSED, failed.kind());
        assertTrue(failed.detail().contains("after redirect"), failed.detail());
        assertEquals(0, server.requests("/admin").size());
        assertNotNull(server.requests("/start").get(0));
    }

    @Test
    void aClientErrorIsNotRetried() {
        server.on("/gone", ex -> LoopbackServer.send(ex, 410, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                new PoliteFetcher(TestFetchConfigs.loopback()).fetch(server.uri("/gone")));

        assertEquals(FailureKind.CLIENT_ERROR, failed.kind());
        assertEquals(1, server.requests("/gone").size());
    }
}
