package io.litstream.ingest.fetch;

import java.time.Duration;

/** Fetch settings for tests against loopback servers: private addresses allowed, short timeouts, no pauses. */
public final class TestFetchConfigs {
    private TestFetchConfigs() {
    }

    public static FetchConfig loopback() {
        return new FetchConfig(FetchConfig.userAgent("tests@example.org"), Duration.ofSeconds(2), Duration.ofSeconds(3),
                64 * 1024, 5, 3, Duration.ofMillis(20), Duration.ofSeconds(2), Duration.ZERO, Duration.ofSeconds(1),
                true, true);
    }
}
