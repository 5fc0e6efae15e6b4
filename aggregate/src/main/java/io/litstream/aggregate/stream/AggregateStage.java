package io.litstream.aggregate.stream;

import io.litstream.topics.stage.StageContext;
import io.litstream.topics.stage.StreamsRunner;
import io.litstream.topics.stage.StreamsStage;

/**
 * The aggregate stage: {@link AggregateTopology} under {@link AggregateStreamsConfig}, in its own
 * state folder. The summaries API is not part of it (the API's package reads this one's store
 * names); whoever serves the API binds it first and passes its address here, so that the other
 * instances can route queries to this one.
 */
public final class AggregateStage implements StreamsStage {
    private final int streamThreads;
    private final double scoreThreshold;
    private final int promoteAfter;
    private final String applicationServer;
    private StreamsRunner runner;

    /**
     * @param streamThreads     stream threads in this instance
     * @param scoreThreshold    the score whose crossing is a change event
     * @param promoteAfter      distinct live articles an unmapped arm needs to become a therapy
     * @param applicationServer {@code host:port} of this instance's query API; {@code null} when not served
     */
    public AggregateStage(int streamThreads, double scoreThreshold, int promoteAfter, String applicationServer) {
        this.streamThreads = streamThreads;
        this.scoreThreshold = scoreThreshold;
        this.promoteAfter = promoteAfter;
        this.applicationServer = applicationServer;
    }

    @Override
    public String name() {
        return AggregateStreamsConfig.STAGE;
    }

    @Override
    public String applicationId() {
        return AggregateStreamsConfig.APPLICATION_ID;
    }

    @Override
    public void start(StageContext context) {
        AggregateStreamsConfig config = new AggregateStreamsConfig(streamThreads, context.stateDir(name()), applicationServer);
        runner = new StreamsRunner(name(), AggregateTopology.build(scoreThreshold, promoteAfter,
                ExtractionsPartitions.of(context)), config.toProperties(context.streamsProperties()));
        runner.start();
    }

    @Override
    public StreamsRunner runner() {
        return runner;
    }
}
