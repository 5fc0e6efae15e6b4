package io.litstream.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which stages one bench step starts and how.
 *
 * @param instance       1 for the first extract instance; a higher one gets its own state folder and ports,
 *                       as a second machine running the same application id would
 * @param extractThreads stream threads of the extract stage
 * @param aggregate      whether aggregate runs too
 * @param inbox          when present, ingest runs too, watching this folder
 */
public record StagesUnderTest(int instance, int extractThreads, boolean aggregate, Optional<Path> inbox) {

    /** Extract and aggregate, as the measured runs use them (articles are published by the bench itself). */
    public static StagesUnderTest extractAndAggregate(int extractThreads) {
        return new StagesUnderTest(1, extractThreads, true, Optional.empty());
    }

    /** A further extract instance sharing the work. */
    public static StagesUnderTest extraExtractInstance(int instance, int extractThreads) {
        return new StagesUnderTest(instance, extractThreads, false, Optional.empty());
    }

    /** All three stages, ingest watching {@code inbox}: what {@code litstream run} starts. */
    public static StagesUnderTest all(Path inbox) {
        return new StagesUnderTest(1, 1, true, Optional.of(inbox));
    }
}
