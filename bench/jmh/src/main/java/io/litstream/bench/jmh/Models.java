package io.litstream.bench.jmh;

import io.litstream.extract.ArticleExtractor;
import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.nlp.NlpModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models inside benchmarks.jar. {@link NlpModels#english()} finds them through
 * each model jar's {@code model.properties}, but shading keeps only one of those three files, so
 * in the shaded jar the models are found by their file names instead; run from a plain class path
 * (an IDE), the usual lookup applies.
 */
final class Models {
    private static final NlpModels ENGLISH = load();

    private Models() {
    }

    static NlpModels english() {
        return ENGLISH;
    }

    /** An extractor as {@link ArticleExtractor#create()} makes one, over these models. */
    static ArticleExtractor extractor() {
        return new ArticleExtractor(ENGLISH, Lexicon.shared(), Clock.systemUTC());
    }

    private static NlpModels load() {
        try {
            Path jar = Path.of(Models.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return NlpModels.english();
            }
            try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of());
                 Stream<Path> root = Files.list(fs.getPath("/"))) {
                List<String> bins = root.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("opennlp-en-") && n.endsWith(".bin")).toList();
                if (bins.isEmpty()) {
                    return NlpModels.english();
                }
                try (InputStream s = open(fs, bins, "-sentence-");
                     InputStream t = open(fs, bins, "-tokens-");
                     InputStream p = open(fs, bins, "-pos-")) {
                    return new NlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the English OpenNLP models from the benchmarks jar", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(FileSystem fs, List<String> bins, String kind) throws IOException {
        String name = bins.stream().filter(n -> n.contains(kind)).findFirst()
                .orElseThrow(() -> new IOException("no OpenNLP model with '" + kind + "' in benchmarks.jar: " + bins));
        return Files.newInputStream(fs.getPath("/", name));
    }
}
