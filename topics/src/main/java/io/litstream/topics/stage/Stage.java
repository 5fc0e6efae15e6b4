package io.litstream.topics.stage;

/**
 * One stage of the pipeline (ingest, extract, aggregate): built from its own settings, started
 * against a {@link StageContext}, closed once. The launcher holds a list of them in flow order
 * and does nothing stage-specific to start or stop one.
 */
public interface Stage extends AutoCloseable {
    /** The stage's short name: the key of its health entry, its dead-letter stage, its state folder. */
    String name();

    /** The id under which the stage meets the cluster: a Streams application id, or a producer's client id. */
    String applicationId();

    /**
     * Starts the stage; returns once it is on its way (a Streams stage may still be rebalancing).
     *
     * @throws RuntimeException when it cannot start; whatever it had started is left for {@link #close()}
     */
    void start(StageContext context);

    /** What the stage reports to health: RUNNING, or a Streams state (REBALANCING, ERROR ...). */
    String state();

    /** Stops the stage within a bounded time; safe on a stage that never started. */
    @Override
    void close();
}
