package io.litstream.extract.stream;

import io.litstream.extract.Extractor;
import io.litstream.topics.stage.StageContext;
import io.litstream.topics.stage.StreamsRunner;
import io.litstream.topics.stage.StreamsStage;
import java.util.function.Supplier;

/** The extract stage: {@link ExtractTopology} under {@link ExtractStreamsConfig}, in its own state folder. */
public final class ExtractStage implements StreamsStage {
    private final int streamThreads;
    private final Supplier<? extends Extractor> extractors;
    private StreamsRunner runner;

    /**
     * @param streamThreads extraction threads in this instance
     * @param extractors    called once per stream task (see {@link ExtractTopology#build(Supplier)})
     */
    public ExtractStage(int streamThreads, Supplier<? extends Extractor> extractors) {
        this.streamThreads = streamThreads;
        this.extractors = extractors;
    }

    @Override
    public String name() {
        return ExtractStreamsConfig.STAGE;
    }

    @Override
    public String applicationId() {
        return ExtractStreamsConfig.APPLICATION_ID;
    }

    @Override
    public void start(StageContext context) {
        ExtractStreamsConfig config = new ExtractStreamsConfig(streamThreads, context.stateDir(name()));
        runner = new StreamsRunner(name(), ExtractTopology.build(extractors), config.toProperties(context.streamsProperties()));
        runner.start();
    }

    @Override
    public StreamsRunner runner() {
        return runner;
    }
}
