package io.litstream.bench.jmh;

import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The launcher's bundled sample articles (copied into this module's jar at build time, folder
 * {@code sample-corpus/}): news pages, a blog post, a PubMed-style record, markdown. The same
 * files `litstream demo` runs on; the two broken ones are rejected by the reader and left out.
 */
final class SampleArticles {
    private static final String FOLDER = "sample-corpus";

    private SampleArticles() {
    }

    /** File name → bytes, sorted by name, every sample except the README. */
    static Map<String, byte[]> files() {
        URL url = SampleArticles.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("the sample corpus is missing from the class path (build with -P bench)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return read(jar.getPath(FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample corpus", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri).close();
        } catch (FileSystemNotFoundException | UnsupportedOperationException ignored) {
            // Not open yet: the usual case.
        }
        return FileSystems.newFileSystem(uri, Map.of());
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("README.md")) {
                    out.put(name, Files.readAllBytes(f));
                }
            }
        }
        return out;
    }

    /** The samples as ingest publishes them (read, cleaned, with metadata); broken files left out. */
    static List<RawArticle> articles() {
        ArticleReader reader = new ArticleReader();
        List<RawArticle> out = new ArrayList<>();
        files().forEach((name, bytes) -> {
            if (reader.read("sample-corpus/" + name, RawArticle.SourceKind.DIRECTORY, name, bytes)
                    instanceof ReadResult.Accepted accepted) {
                out.add(accepted.article());
            }
        });
        if (out.size() < 5) {
            throw new IllegalStateException("only " + out.size() + " sample articles readable");
        }
        return out;
    }
}
