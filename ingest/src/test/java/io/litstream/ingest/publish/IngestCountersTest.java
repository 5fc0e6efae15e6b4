package io.litstream.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litstream.topics.article.RawArticle.SourceKind;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestCountersTest {
    @Test
    void snapshotCountsEachKindAndRejectionsPerReason() {
        IngestCounters c = new IngestCounters();
        c.published(SourceKind.DIRECTORY);
        c.published(SourceKind.FEED);
        c.published(SourceKind.FEED);
        c.skipped();
        c.duplicate();
        c.failed();
        c.rejected(DeadLetterReason.EMPTY_BODY);
        c.rejected(DeadLetterReason.EMPTY_BODY);
        c.rejected(DeadLetterReason.TOO_LARGE);
        IngestMetrics m = c.snapshot();
        assertEquals(3, m.published());
        assertEquals(1, m.published(SourceKind.DIRECTORY));
        assertEquals(2, m.published(SourceKind.FEED));
        assertEquals(0, m.published(SourceKind.PUBMED));
        assertEquals(1, m.skippedUnchanged());
        assertEquals(1, m.duplicates());
        assertEquals(1, m.failed());
        assertEquals(Map.of(DeadLetterReason.EMPTY_BODY, 2L, DeadLetterReason.TOO_LARGE, 1L), m.rejected());
        assertEquals(3, m.rejectedTotal());
        assertEquals(0, m.rejected(DeadLetterReason.UNDECODABLE));
    }

    @Test
    void snapshotIsImmutable() {
        IngestMetrics m = new IngestCounters().snapshot();
        assertThrows(UnsupportedOperationException.class, () -> m.rejected().put(DeadLetterReason.EMPTY_BODY, 1L));
    }

    @Test
    void countsFromManyThreads() throws InterruptedException {
        IngestCounters c = new IngestCounters();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    c.published(SourceKind.URL);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(40_000, c.snapshot().published());
    }
}
