package io.litstream.topics.stage;

/**
 * A stage that is one Kafka Streams application, run by a {@link StreamsRunner} that the stage
 * builds in {@link #start} from its topology and its {@code <X>StreamsConfig}.
 */
public interface StreamsStage extends Stage {
    /** The running application; {@code null} until {@link #start} has built it. */
    StreamsRunner runner();

    @Override
    default String state() {
        return runner() == null ? "NOT_STARTED" : runner().state().name();
    }

    @Override
    default void close() {
        if (runner() != null) {
            runner().close();
        }
    }
}
