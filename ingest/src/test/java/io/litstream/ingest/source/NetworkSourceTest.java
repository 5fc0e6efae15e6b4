package io.litstream.ingest.source;

import io.litstream.ingest.RecordingSink;
import io.litstream.ingest.fetch.FetchConfig;
import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.fetch.PoliteFetcher;
import io.litstream.ingest.fetch.TestFetchConfigs;
import io.litstream.ingest.read.ArticleReader;
import org.junit.jupiter.api.AfterEach;

/**
 * What every network-source test stands on: a web server on loopback, a sink that records what
 * it is given, fresh source state and counters, and a page intake wired to them.
 */
public abstract class NetworkSourceTest {
    protected final LoopbackServer server = new LoopbackServer();
    protected final RecordingSink sink = new RecordingSink();
    protected final InMemorySourceState state = new InMemorySourceState();
    protected final SourceCounters counters = new SourceCounters();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A page intake fetching with the loopback test settings. */
    protected PageIntake intake() {
        return intake(TestFetchConfigs.loopback());
    }

    protected PageIntake intake(FetchConfig config) {
        return new PageIntake(new PoliteFetcher(config), new ArticleReader(), sink, state, counters);
    }
}
