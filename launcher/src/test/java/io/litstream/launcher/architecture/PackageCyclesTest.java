package io.litstream.launcher.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * No module has a package cycle: within a module, if package a imports package b, nothing in b
 * leads back to a. The launcher's tests run from its own folder, beside every other module, so
 * this one test reads the main sources of every module of the build, including modules added
 * later (any sibling folder with a {@code src/main/java}).
 */
class PackageCyclesTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    @TestFactory
    Stream<DynamicTest> noModuleHasAPackageCycle() throws IOException {
        List<Path> modules;
        try (Stream<Path> dirs = Files.list(PROJECT)) {
            modules = dirs.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).sorted().toList();
        }
        assertTrue(modules.stream().anyMatch(m -> m.endsWith("ingest")) && modules.stream().anyMatch(m -> m.endsWith("topics")),
                "expected the project's modules beside the launcher, found " + modules);
        return modules.stream().map(module -> DynamicTest.dynamicTest(module.getFileName() + " has no package cycle", () -> {
            Optional<List<String>> cycle = PackageGraph.read(module.resolve("src/main/java")).cycle();
            assertFalse(cycle.isPresent(), () -> module.getFileName() + " has a package cycle: " + String.join(" -> ", cycle.get()));
        }));
    }

    @Test
    void aCycleThroughThreePackagesIsFoundAndNamed(@TempDir Path root) throws IOException {
        write(root, "io.litstream.demo.a", "A", "io.litstream.demo.b.B");
        write(root, "io.litstream.demo.b", "B", "io.litstream.demo.c.C");
        write(root, "io.litstream.demo.c", "C", "static io.litstream.demo.a.A.helper");

        assertEquals(Optional.of(List.of("io.litstream.demo.a", "io.litstream.demo.b", "io.litstream.demo.c", "io.litstream.demo.a")),
                PackageGraph.read(root).cycle());
    }

    @Test
    void importsInOneDirectionAndOfOtherProjectsAreNoCycle(@TempDir Path root) throws IOException {
        write(root, "io.litstream.demo", "Main", "io.litstream.demo.a.A");
        write(root, "io.litstream.demo.a", "A", "io.litstream.demo.b.B.Nested");
        write(root, "io.litstream.demo.b", "B", "io.litstream.topics.Topics");
        write(root, "io.litstream.demo.b", "Other", "io.litstream.demo.b.B");

        assertEquals(Optional.empty(), PackageGraph.read(root).cycle());
    }

    private static void write(Path root, String pkg, String type, String imported) throws IOException {
        Path dir = root.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(type + ".java"),
                "package " + pkg + ";\n\nimport " + imported + ";\n\npublic class " + type + " {\n}\n");
    }
}
