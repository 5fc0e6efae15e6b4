package io.litstream.launcher.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample articles bundled in the launcher (resources {@code sample-corpus/}), written for
 * litstream: a cluttered news page, a blog post, a PubMed-style record, markdown, two broken files.
 */
public final class SampleCorpus {
    private static final String FOLDER = "sample-corpus";

    private SampleCorpus() {
    }

    /** Copies every sample article (not the README) into {@code target}; returns the copies, sorted. */
    public static List<Path> copyTo(Path target) {
        URL url = SampleCorpus.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("the sample corpus is missing from the class path");
        }
        try {
            Files.createDirectories(target);
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return copy(jar.getPath(FOLDER), target);
                }
            }
            return copy(Path.of(uri), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample corpus to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> copy(Path from, Path target) throws IOException {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("README.md")) {
                    continue;
                }
                Path dest = target.resolve(name);
                Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                copied.add(dest);
            }
        }
        return copied;
    }
}
