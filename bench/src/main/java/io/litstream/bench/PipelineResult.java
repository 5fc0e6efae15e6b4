package io.litstream.bench;

import java.util.Map;

/**
 * What one run of the whole pipeline measured (the bench command's pipeline side).
 *
 * @param drainSeconds seconds from the last article published until no stage had anything left
 *                     to commit (NaN when that was not seen within the drain timeout)
 * @param finalLag     records left uncommitted when the run ended (0 once drained)
 * @param brokerIncluded whether the throughput's CPU time counts the broker's process too
 */
public record PipelineResult(Throughput throughput, Percentiles toExtraction, Percentiles toSummary, long peakHeapBytes,
        Map<String, Double> cpuSecondsByStage, long peakLag, double drainSeconds, long finalLag,
        boolean brokerIncluded) {
}

