package io.litstream.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared evaluation data (seeds, public corpora) that sits beside the checkout and is
 * never copied into the repository. Surefire passes its folder as {@code litstream.shared}. A
 * developer without it gets the tests that need it skipped; CI, which always has it, fails instead,
 * so a broken path cannot pass silently.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The path of {@code relative} inside the shared folder; skips (or, under CI, fails) when absent. */
    public static Path require(String relative) {
        String base = System.getProperty("litstream.shared");
        Path path = base == null ? null : Paths.get(base).resolve(relative);
        if (path == null || !Files.exists(path)) {
            String why = "shared data not found: " + (path == null ? "system property litstream.shared is not set" : path);
            if (System.getenv("CI") != null) {
                fail(why + " (CI must have the shared folder)");
            }
            Assumptions.abort(why + "; skipping outside CI");
        }
        return path;
    }
}
