package io.litstream.ingest.read;

import io.litstream.ingest.clean.CleanedText;
import io.litstream.ingest.clean.HtmlCleaner;
import io.litstream.ingest.clean.MarkdownText;
import io.litstream.ingest.clean.PlainText;
import io.litstream.ingest.identity.ArticleId;
import io.litstream.ingest.identity.ContentHash;
import io.litstream.ingest.metadata.ArticleMetadata;
import io.litstream.ingest.metadata.HtmlMetadata;
import io.litstream.ingest.metadata.Languages;
import io.litstream.ingest.metadata.PublishedDates;
import io.litstream.ingest.metadata.TextMetadata;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one input (a file, or bytes with a file name) into a {@link RawArticle}, or into a
 * {@link Rejection} that says why not. It never throws on bad content: whatever a watched folder
 * holds, the caller gets a result it can publish.
 *
 * <p>The steps: bounded read, gunzip (bounded, whether the name says {@code .gz} or the bytes
 * start with the gzip magic), binary sniffing, charset decoding (see {@link TextDecoder}), then
 * per format cleaning and metadata, and finally the id and content hash. Instances are immutable
 * and thread-safe.
 */
public final class ArticleReader {
    /** Default ceiling on input size, after decompression. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

    private final long maxBytes;
    private final Clock clock;
    private final HtmlCleaner cleaner = new HtmlCleaner();

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    /**
     * @param maxBytes largest input accepted, counted after gunzip
     * @param clock    source of {@code ingestedAt}
     */
    public ArticleReader(long maxBytes, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file found in a watched directory; the source is its absolute path. */
    public ReadResult read(Path file) {
        String source = file.toAbsolutePath().normalize().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return tooLarge(file, "file is " + size + " bytes, limit is " + maxBytes);
            }
            byte[] raw = BoundedBytes.readFile(file, maxBytes);
            if (raw.length > maxBytes) {
                return tooLarge(file, "file grew past the limit of " + maxBytes + " bytes while being read");
            }
            return read(source, SourceKind.DIRECTORY, fileName(file), raw);
        } catch (IOException e) {
            return new Rejection(DeadLetterReason.UNREADABLE, "cannot read " + source + ": " + e, new byte[0]);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("unexpected failure reading {}", source, e);
            return new Rejection(DeadLetterReason.PROCESSING_ERROR, "reader failed: " + e, new byte[0]);
        }
    }

    /**
     * Reads input that is already in memory (from a feed, a URL, a test).
     *
     * @param source   where it came from, recorded in the article or dead letter
     * @param kind     the kind of source
     * @param fileName a name whose extension announces the format ({@code .html}, {@code .txt.gz}...);
     *                 when it announces none, HTML is recognised by its markup and anything else is text
     * @param raw      the bytes as received (gzip is recognised and inflated)
     */
    public ReadResult read(String source, SourceKind kind, String fileName, byte[] raw) {
        try {
            return parse(source, kind, fileName, raw);
        } catch (RejectedException e) {
            return e.rejection;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("unexpected failure reading {}", source, e);
            return Rejection.keepingPrefix(DeadLetterReason.PROCESSING_ERROR, "reader failed: " + e, raw);
        }
    }

    private ReadResult parse(String source, SourceKind kind, String fileName, byte[] raw) throws RejectedException {
        if (raw.length == 0) {
            throw reject(DeadLetterReason.EMPTY_BODY, "empty input", raw);
        }
        if (raw.length > maxBytes) {
            throw reject(DeadLetterReason.TOO_LARGE, "input is " + raw.length + " bytes, limit is " + maxBytes, raw);
        }
        byte[] body = inflate(fileName, raw);
        if (body.length == 0) {
            throw reject(DeadLetterReason.EMPTY_BODY, "gzip holds no data", raw);
        }
        Optional<TextDecoder.Bom> bom = TextDecoder.bom(body);
        Optional<String> binary = BinarySniffer.whyBinary(body, bom.map(TextDecoder.Bom::wide).orElse(false));
        if (binary.isPresent()) {
            throw reject(DeadLetterReason.BINARY_CONTENT, binary.get(), raw);
        }
        Format format = Format.ofFileName(fileName).orElseGet(() -> sniffFormat(body));
        TextDecoder.Decoded decoded = TextDecoder.decode(body, format == Format.HTML)
                .orElseThrow(() -> reject(DeadLetterReason.UNDECODABLE,
                        "neither declared charset, UTF-8 nor windows-1252 gives readable text", raw));
        String text = decoded.text();
        if (text.isBlank()) {
            throw reject(DeadLetterReason.EMPTY_BODY, "only whitespace", raw);
        }
        if (BinarySniffer.tooManyControlChars(text)) {
            throw reject(DeadLetterReason.BINARY_CONTENT, "decoded text is mostly control characters", raw);
        }
        LOG.debug("{}: {} decoded as {} ({})", source, format, decoded.charset(), decoded.decidedBy());

        String cleaned;
        List<ArticleBlock> blocks;
        ArticleMetadata metadata;
        LocalDate published = null;
        String language;
        switch (format) {
            case HTML -> {
                Document doc = Jsoup.parse(text);
                CleanedText page = cleaner.cleanBlocks(doc);
                cleaned = page.text();
                blocks = page.blocks();
                metadata = HtmlMetadata.extract(doc, cleaned);
                published = PublishedDates.of(doc).orElse(null);
                language = Languages.guess(doc, cleaned).orElse(null);
            }
            case MARKDOWN -> {
                CleanedText page = MarkdownText.toCleanedText(text);
                cleaned = page.text();
                blocks = page.blocks();
                metadata = TextMetadata.fromMarkdown(text, cleaned);
                language = Languages.guess(cleaned).orElse(null);
            }
            default -> {
                // Plain text shows no structure: extract's line heuristics read it.
                cleaned = PlainText.normalise(text);
                blocks = null;
                metadata = TextMetadata.fromText(cleaned);
                language = Languages.guess(cleaned).orElse(null);
            }
        }
        if (cleaned.isBlank()) {
            throw reject(DeadLetterReason.EMPTY_BODY, "no article text left after cleaning the " + format.wireName(), raw);
        }
        String id = ArticleId.of(metadata.doi(), metadata.pmid(), metadata.pmcid(), cleaned);
        return new ReadResult.Accepted(new RawArticle(
                id, source, kind, format.wireName(), metadata.title(), cleaned, metadata.url(),
                metadata.doi(), metadata.pmid(), metadata.pmcid(), metadata.year(),
                ContentHash.of(cleaned), clock.instant(), null, blocks, published, language));
    }

    /** Inflates gzip input, recognised by name or by magic bytes. */
    private byte[] inflate(String fileName, byte[] raw) throws RejectedException {
        boolean magic = BoundedBytes.isGzip(raw);
        if (!magic) {
            if (Format.isGzipName(fileName)) {
                throw reject(DeadLetterReason.BINARY_CONTENT, "named .gz but not gzip data", raw);
            }
            return raw;
        }
        try {
            return BoundedBytes.gunzip(raw, maxBytes);
        } catch (BoundedBytes.TooLargeException e) {
            throw reject(DeadLetterReason.TOO_LARGE, e.getMessage(), raw);
        } catch (ZipException e) {
            throw reject(DeadLetterReason.BINARY_CONTENT, "corrupt gzip data: " + e.getMessage(), raw);
        } catch (IOException e) {
            // EOFException and friends: a truncated or otherwise broken stream.
            throw reject(DeadLetterReason.BINARY_CONTENT, "unreadable gzip data: " + e, raw);
        }
    }

    /** Without a telling extension, markup near the start makes it HTML. */
    private static Format sniffFormat(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.contains("<head") ? Format.HTML : Format.TEXT;
    }

    private Rejection tooLarge(Path file, String detail) throws IOException {
        byte[] prefix = BoundedBytes.readPrefix(file, DeadLetterHeaders.MAX_PAYLOAD_BYTES);
        return new Rejection(DeadLetterReason.TOO_LARGE, detail, prefix, true);
    }

    private static RejectedException reject(DeadLetterReason reason, String detail, byte[] raw) {
        return new RejectedException(Rejection.keepingPrefix(reason, detail, raw));
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }

    /** Carries a rejection out of the parsing steps; never leaves this class. */
    private static final class RejectedException extends Exception {
        private final transient Rejection rejection;

        RejectedException(Rejection rejection) {
            super(rejection.detail(), null, false, false);
            this.rejection = rejection;
        }
    }
}
