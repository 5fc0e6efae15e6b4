package io.litstream.launcher.pipeline;

/** The pipeline's stages, in the direction data flows. Any subset can run in one process. */
public enum Stage {
    INGEST, EXTRACT, AGGREGATE
}
