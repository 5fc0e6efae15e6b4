package io.litstream.ingest.retractions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litstream.ingest.RecordingSink;
import io.litstream.ingest.SharedData;
import io.litstream.ingest.publish.Retraction;
import io.litstream.ingest.source.SourceCounters;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetractionListSourceTest {
    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();
    private final SourceCounters counters = new SourceCounters();

    @Test
    void everyPmidOfTheListIsHandedOverAsARetractionOfWhatWasPublished() throws Exception {
        Path list = Files.writeString(dir.resolve("retracted.tsv"), "pmid\tnote\n31000001\tfabricated data\n# a comment\n\n31000002\n31000001\n");

        new RetractionListSource(list, sink, counters).poll();

        List<Retraction> handed = sink.retractions();
        assertEquals(List.of("31000001", "31000002"), handed.stream().map(Retraction::pmid).toList());
        assertFalse(handed.get(0).evenUnpublished(), "a list PMID never published must send no tombstone");
        assertEquals("retraction list retracted.tsv", handed.get(0).reason());
    }

    @Test
    void theListIsReadAgainAtEveryPollSoAnUpdatedListApplies() throws Exception {
        Path list = Files.writeString(dir.resolve("list.txt"), "31000001\n");
        RetractionListSource source = new RetractionListSource(list, sink, counters);
        source.poll();
        Files.writeString(list, "31000001\n31000009\n");

        source.poll();

        assertEquals(List.of("31000001", "31000001", "31000009"), sink.retractions().stream().map(Retraction::pmid).toList());
        assertEquals(2, counters.get("retraction_list.polls"));
    }

    @Test
    void aMissingListFailsThePollWhichTheSchedulerRetries() {
        RetractionListSource source = new RetractionListSource(dir.resolve("gone.tsv"), sink, counters);

        assertThrows(UncheckedIOException.class, source::poll);
    }

    @Test
    void theSharedPubmedRetractionListReadsAsNineteenThousandPmids() throws Exception {
        Path shared = SharedData.require("data/vocab/pubmed-retractions.tsv");

        assertEquals(19_163, RetractionList.read(shared).size());
    }
}
