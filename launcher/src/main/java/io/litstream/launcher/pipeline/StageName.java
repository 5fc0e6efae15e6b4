package io.litstream.launcher.pipeline;

/**
 * The stages a user can choose to run ({@code --stages}), in the direction data flows. Any
 * subset can run in one process; {@link Pipeline} builds the {@link io.litstream.topics.stage.Stage}
 * each one names.
 */
public enum StageName {
    INGEST, EXTRACT, AGGREGATE
}
