package io.litstream.ingest.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryStateStoreTest {
    private final InMemoryStateStore store = new InMemoryStateStore();

    @Test
    void aPutIsReadBackAndARemoveForgetsIt() {
        store.put("feed|https://x.org/rss|validators", "{\"etag\":\"abc\"}");
        assertEquals(Optional.of("{\"etag\":\"abc\"}"), store.get("feed|https://x.org/rss|validators"));
        store.remove("feed|https://x.org/rss|validators");
        assertEquals(Optional.empty(), store.get("feed|https://x.org/rss|validators"));
    }

    @Test
    void prefixScansKeepFirstWriteOrderAndOnlyTheirNamespace() {
        store.put("fp:b", "2");
        store.put("hash:a", "x");
        store.put("fp:a", "1");
        store.put("fp:b", "3");
        assertEquals(List.of("fp:b", "fp:a"), List.copyOf(store.withPrefix("fp:").keySet()));
        assertEquals("3", store.withPrefix("fp:").get("fp:b"));
    }
}
