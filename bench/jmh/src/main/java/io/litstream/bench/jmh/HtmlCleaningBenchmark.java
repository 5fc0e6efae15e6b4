package io.litstream.bench.jmh;

import io.litstream.ingest.clean.HtmlCleaner;
import io.litstream.ingest.clean.PlainText;
import io.litstream.ingest.metadata.ArticleMetadata;
import io.litstream.ingest.metadata.HtmlMetadata;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ingest's HTML path on each bundled HTML page: jsoup parse, main-content cleaning and metadata
 * ({@code cleanAndMetadata}), and the whole reader from bytes to a RawArticle ({@code readPage}:
 * size checks, binary sniffing, charset decoding, the same cleaning, id and content hash).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlCleaningBenchmark {
    /** The HTML samples; a name that no longer exists fails the setup rather than measuring nothing. */
    @Param({"01-news-brexanolone-zuranolone.html", "05-news-psilocybin.html", "08-news-lithium.html"})
    public String page;

    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final ArticleReader reader = new ArticleReader();
    private byte[] bytes;
    private String html;

    @Setup
    public void load() {
        bytes = SampleArticles.files().get(page);
        if (bytes == null) {
            throw new IllegalStateException("no sample page " + page);
        }
        // The cleaner alone takes text: decoded in the charset the page declares, as the reader would.
        boolean latin1 = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains("iso-8859-1");
        html = new String(bytes, latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        if (!(reader.read(page, RawArticle.SourceKind.DIRECTORY, page, bytes) instanceof ReadResult.Accepted)) {
            throw new IllegalStateException(page + " is not accepted by the reader");
        }
    }

    @Benchmark
    public ArticleMetadata cleanAndMetadata() {
        Document doc = Jsoup.parse(html);
        String cleaned = PlainText.normalise(cleaner.clean(doc));
        return HtmlMetadata.extract(doc, cleaned);
    }

    @Benchmark
    public void readPage(Blackhole bh) {
        bh.consume(reader.read(page, RawArticle.SourceKind.DIRECTORY, page, bytes));
    }
}
