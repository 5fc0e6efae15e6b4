package io.litstream.ingest.retractions;

import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.publish.Retraction;
import io.litstream.ingest.source.ScheduledSource;
import io.litstream.ingest.source.SourceCounters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retracts the published articles whose PMID is in a retraction list file
 * ({@code ingest.retractions.file}), at start and at every poll after: the file is read again each
 * time, so an updated list applies without a restart. Each PMID is handed to the publisher as a
 * retraction of what was published ({@link Retraction#evenUnpublished()} false): PMIDs never
 * published send nothing, and one already retracted sends nothing again, so a poll that finds
 * nothing new publishes nothing. An article published after a poll is caught by the next one.
 */
public final class RetractionListSource implements ScheduledSource.Poll {
    private static final Logger LOG = LoggerFactory.getLogger(RetractionListSource.class);

    private final Path file;
    private final ArticleSink sink;
    private final SourceCounters counters;

    public RetractionListSource(Path file, ArticleSink sink, SourceCounters counters) {
        this.file = Objects.requireNonNull(file, "file");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    public String name() {
        return "retractions " + file.getFileName();
    }

    @Override
    public void poll() throws InterruptedException {
        Set<String> pmids;
        try {
            pmids = RetractionList.read(file);
        } catch (IOException e) {
            // Thrown on: the scheduler logs and counts it, and the next poll reads the file again.
            throw new UncheckedIOException("cannot read the retraction list " + file, e);
        }
        String reason = "retraction list " + file.getFileName();
        for (String pmid : pmids) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopping");
            }
            sink.retract(Retraction.ofListedPmid(pmid, reason));
        }
        counters.increment("retraction_list.polls");
        LOG.info("{}: {} PMIDs checked against what was published", reason, pmids.size());
    }
}
