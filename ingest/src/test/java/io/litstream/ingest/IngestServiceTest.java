package io.litstream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.directory.DirectorySource;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.topics.article.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
    private static final IngestOptions FAST = new IngestOptions(1024 * 1024,
            new DirectorySource.Options(Duration.ofMillis(50), Duration.ofMillis(500)));
    private static final IngestMetrics NO_METRICS = new IngestMetrics(0, 0, Map.of(), 0);

    @TempDir
    Path root;

    @Test
    void readsEveryDirectoryIntoTheSinkAndClosesTheSinkLast() throws Exception {
        Path a = Files.createDirectory(root.resolve("a"));
        Path b = Files.createDirectory(root.resolve("b"));
        Files.writeString(a.resolve("one.txt"), "Forest Walks and Worry\n\nA short account of weekly forest walks for worried adults.");
        Files.writeString(b.resolve("two.md"), "# Cooking Classes\n\nGroup cooking classes gave structure to long weeks.");
        RecordingSink sink = new RecordingSink();
        AtomicBoolean sinkClosed = new AtomicBoolean();

        IngestService service = IngestService.start(sink, () -> sinkClosed.set(true), () -> NO_METRICS, List.of(a, b), FAST);
        List<RawArticle> got = sink.awaitArticles(list -> list.size() == 2, Duration.ofSeconds(20));
        assertEquals(2, got.stream().map(RawArticle::id).distinct().count());
        service.close();

        assertTrue(sinkClosed.get());
        assertEquals(NO_METRICS, service.metrics());
    }

    @Test
    void refusesMissingDirectoriesBeforeStartingAnything() {
        assertThrows(IllegalArgumentException.class,
                () -> IngestService.start(Map.of("bootstrap.servers", "127.0.0.1:9"), List.of(root.resolve("missing"))));
    }
}
