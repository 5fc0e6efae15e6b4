package io.litstream.launcher.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The evaluation data beside the checkout ({@code ../shared}: sample pages, their gold, the
 * scorer). Tests that need it fail on CI when it is missing, and are skipped, saying why,
 * on a developer's machine that has only the repository.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("litstream.shared", "../shared")).toAbsolutePath().normalize();
        boolean present = Files.isDirectory(root.resolve("seeds"));
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs the shared evaluation data at " + root);
        }
        assumeTrue(present, "no shared evaluation data at " + root + " (set -Dlitstream.shared=DIR)");
        return root;
    }

    public static Path seeds() {
        return root().resolve("seeds");
    }
}
