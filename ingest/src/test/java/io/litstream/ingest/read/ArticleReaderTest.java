package io.litstream.ingest.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {
    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final String PAGE = """
            <!doctype html><html><head><title>Light therapy and winter mood | Example Health</title>
            <meta name="citation_doi" content="10.5555/example.light.2024"></head>
            <body><nav><a href="/">Home</a><a href="/news">News</a><a href="/about">About</a></nav>
            <article><h1>Light therapy and winter mood</h1>
            <p>Morning exposure to bright light shortened the low season for most volunteers in a small trial.</p>
            <p>The authors call for a larger study before any firm advice is given.</p></article>
            </body></html>
            """;
    private static final String TEXT = """
            Walking Groups for Low Mood

            Weekly group walks were offered to adults waiting for counselling. After eight weeks, the
            walkers reported better sleep and a brighter outlook than those who waited without them.
            """;

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1024 * 1024, Clock.fixed(NOW, ZoneOffset.UTC));

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private RawArticle accepted(ReadResult result) {
        return assertInstanceOf(ReadResult.Accepted.class, result, () -> "expected an article, got " + result).article();
    }

    private Rejection rejected(ReadResult result, DeadLetterReason reason) {
        Rejection r = assertInstanceOf(Rejection.class, result, () -> "expected a rejection, got " + result);
        assertEquals(reason, r.reason(), () -> "detail: " + r.detail());
        return r;
    }

    @Nested
    class ReadsArticles {
        @Test
        void htmlFileBecomesCleanedArticleWithMetadata() throws IOException {
            Path file = write("light.html", PAGE.getBytes(UTF_8));
            RawArticle a = accepted(reader.read(file));
            assertAll(
                    () -> assertEquals("doi:10.5555/example.light.2024", a.id()),
                    () -> assertEquals("10.5555/example.light.2024", a.doi()),
                    () -> assertEquals("html", a.format()),
                    () -> assertEquals(SourceKind.DIRECTORY, a.sourceKind()),
                    () -> assertEquals(file.toAbsolutePath().normalize().toString(), a.source()),
                    () -> assertEquals("Light therapy and winter mood", a.title()),
                    () -> assertEquals(NOW, a.ingestedAt()),
                    () -> assertTrue(a.text().startsWith("Light therapy and winter mood\n\nMorning exposure"), a.text()),
                    () -> assertTrue(!a.text().contains("Home"), "navigation must be gone: " + a.text()),
                    () -> assertEquals(64, a.contentHash().length()));
        }

        @Test
        void htmlArticleCarriesItsBlocksPublishedDateAndLanguage() throws IOException {
            String page = PAGE.replace("<html>", "<html lang=\"en\">")
                    .replace("</head>", "<meta property=\"article:published_time\" content=\"2024-11-02T08:00:00Z\"></head>");
            RawArticle a = accepted(reader.read(write("dated.html", page.getBytes(UTF_8))));
            assertEquals(List.of(ArticleBlock.heading(1, "Light therapy and winter mood"),
                    ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, "Morning exposure to bright light shortened the low season for most volunteers in a small trial."),
                    ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, "The authors call for a larger study before any firm advice is given.")),
                    a.blocks());
            assertEquals(LocalDate.of(2024, 11, 2), a.published());
            assertEquals("en", a.language());
        }

        @Test
        void markdownArticleCarriesBlocksAndPlainTextNone() throws IOException {
            RawArticle md = accepted(reader.read(write("tc.md", "# Tai Chi\n\n- fewer ruminating thoughts\n".getBytes(UTF_8))));
            assertEquals(List.of(ArticleBlock.heading(1, "Tai Chi"), ArticleBlock.of(ArticleBlock.Type.LIST_ITEM, "fewer ruminating thoughts")),
                    md.blocks());
            String english = TEXT + "\nThe authors say that the effect of the walks was small, and that it is not clear whether it"
                    + " was the walking or the company of the group which helped, or both of them.\n";
            RawArticle text = accepted(reader.read(write("walk.txt", english.getBytes(UTF_8))));
            assertNull(text.blocks(), "plain text shows no structure: extract reads its lines");
            assertEquals("en", text.language());
        }

        @Test
        void gzippedHtmlIsInflated() throws IOException {
            RawArticle plain = accepted(reader.read(write("a.html", PAGE.getBytes(UTF_8))));
            RawArticle gz = accepted(reader.read(write("b.html.gz", Bytes.gzip(PAGE.getBytes(UTF_8)))));
            assertEquals(plain.text(), gz.text());
            assertEquals("html", gz.format());
        }

        @Test
        void gzippedTextIsInflated() throws IOException {
            RawArticle a = accepted(reader.read(write("walk.txt.gz", Bytes.gzip(TEXT.getBytes(UTF_8)))));
            assertEquals("text", a.format());
            assertEquals("Walking Groups for Low Mood", a.title());
            assertTrue(a.text().contains("Weekly group walks"));
        }

        @Test
        void gzipBytesUnderAPlainNameAreStillInflated() throws IOException {
            RawArticle a = accepted(reader.read(write("saved-page.html", Bytes.gzip(PAGE.getBytes(UTF_8)))));
            assertTrue(a.text().contains("Morning exposure"));
        }

        @Test
        void markdownFileLosesItsMarkup() throws IOException {
            String md = "# Tai Chi and Rumination\n\nA **pilot** study of [tai chi](https://example.org/tc) classes.\n";
            RawArticle a = accepted(reader.read(write("tc.md", md.getBytes(UTF_8))));
            assertEquals("markdown", a.format());
            assertEquals("Tai Chi and Rumination", a.title());
            assertEquals("Tai Chi and Rumination\n\nA pilot study of tai chi classes.", a.text());
        }

        @Test
        void sameContentReadTwiceGivesSameIdAndHash() throws IOException {
            RawArticle first = accepted(reader.read(write("one.txt", TEXT.getBytes(UTF_8))));
            RawArticle second = accepted(reader.read(write("two.txt", TEXT.getBytes(UTF_8))));
            assertTrue(first.id().startsWith("sha256:"), first.id());
            assertEquals(first.id(), second.id());
            assertEquals(first.contentHash(), second.contentHash());
        }

        @Test
        void inMemoryInputWithoutExtensionIsSniffedAsHtml() {
            ReadResult r = reader.read("https://example.org/x", SourceKind.URL, "x", PAGE.getBytes(UTF_8));
            RawArticle a = accepted(r);
            assertEquals("html", a.format());
            assertEquals(SourceKind.URL, a.sourceKind());
            assertEquals("https://example.org/x", a.source());
        }
    }

    @Nested
    class DecodesCharsets {
        @Test
        void windows1252PageWithMetaCharset() throws IOException {
            String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 study</title></head>"
                    + "<body><p>Participants at the caf\u00e9 \u2018felt better\u2019 \u2013 na\u00efvely so.</p></body></html>";
            RawArticle a = accepted(reader.read(write("cafe.html", Bytes.encode(html, "windows-1252"))));
            assertEquals("Participants at the caf\u00e9 \u2018felt better\u2019 \u2013 na\u00efvely so.", a.text());
        }

        @Test
        void latin1PageWithHttpEquivCharset() throws IOException {
            String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                    + "</head><body><p>Gr\u00f6\u00dfere Studien zur \u00dcbung folgen.</p></body></html>";
            RawArticle a = accepted(reader.read(write("de.htm", Bytes.encode(html, "ISO-8859-1"))));
            assertEquals("Gr\u00f6\u00dfere Studien zur \u00dcbung folgen.", a.text());
        }

        @Test
        void utf8PageMislabelledAsLatin1IsReadAsUtf8() throws IOException {
            String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Se\u00f1ora L\u00f3pez \u2014 r\u00e9sum\u00e9</p></body></html>";
            RawArticle a = accepted(reader.read(write("es.html", html.getBytes(UTF_8))));
            assertEquals("Se\u00f1ora L\u00f3pez \u2014 r\u00e9sum\u00e9", a.text());
        }

        @Test
        void undeclaredWindows1252TextFallsBack() throws IOException {
            String text = "Smart quotes \u201clike these\u201d and an \u00e9l\u00e8ve are common in old exports.";
            RawArticle a = accepted(reader.read(write("old.txt", Bytes.encode(text, "windows-1252"))));
            assertEquals(text, a.text());
        }

        @Test
        void utf8ByteOrderMarkIsHonouredAndDropped() throws IOException {
            byte[] bytes = Bytes.concat(Bytes.of(0xEF, 0xBB, 0xBF), "Na\u00efve mark.".getBytes(UTF_8));
            assertEquals("Na\u00efve mark.", accepted(reader.read(write("bom.txt", bytes))).text());
        }

        @Test
        void utf16WithByteOrderMarkIsNotMistakenForBinary() throws IOException {
            byte[] bytes = Bytes.concat(Bytes.of(0xFF, 0xFE), "Sixteen-bit text, still text.".getBytes(StandardCharsets.UTF_16LE));
            assertEquals("Sixteen-bit text, still text.", accepted(reader.read(write("wide.txt", bytes))).text());
        }
    }

    @Nested
    class Rejects {
        @Test
        void emptyFile() throws IOException {
            rejected(reader.read(write("empty.txt", new byte[0])), DeadLetterReason.EMPTY_BODY);
        }

        @Test
        void whitespaceOnlyFile() throws IOException {
            Rejection r = rejected(reader.read(write("blank.txt", " \n\t \r\n  ".getBytes(UTF_8))), DeadLetterReason.EMPTY_BODY);
            assertEquals(" \n\t \r\n  ", new String(r.payload(), UTF_8), "the payload is the original input");
        }

        @Test
        void htmlWithNothingButFurniture() throws IOException {
            String html = "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>";
            rejected(reader.read(write("shell.html", html.getBytes(UTF_8))), DeadLetterReason.EMPTY_BODY);
        }

        @Test
        void fileWithNulBytes() throws IOException {
            byte[] bytes = Bytes.concat("looks like text".getBytes(UTF_8), new byte[] {0, 0, 0}, "more".getBytes(UTF_8));
            rejected(reader.read(write("nul.txt", bytes)), DeadLetterReason.BINARY_CONTENT);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"png", "jpeg", "zip", "pdf"})
        void imagesAndArchivesByMagicNumber(String kind) throws IOException {
            byte[] magic = switch (kind) {
                case "png" -> Bytes.of(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
                case "jpeg" -> Bytes.of(0xFF, 0xD8, 0xFF, 0xE0);
                case "zip" -> Bytes.of('P', 'K', 3, 4);
                default -> "%PDF-1.7\n".getBytes(UTF_8);
            };
            byte[] bytes = Bytes.concat(magic, "rest of the file".getBytes(UTF_8));
            rejected(reader.read(write("picture." + "html", bytes)), DeadLetterReason.BINARY_CONTENT);
        }

        @Test
        void textFullOfControlCharacters() throws IOException {
            byte[] bytes = new byte[400];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i % 3 == 0 ? 0x07 : 'a');
            }
            rejected(reader.read(write("bell.txt", bytes)), DeadLetterReason.BINARY_CONTENT);
        }

        @Test
        void gzNameWithoutGzipData() throws IOException {
            rejected(reader.read(write("fake.html.gz", PAGE.getBytes(UTF_8))), DeadLetterReason.BINARY_CONTENT);
        }

        @Test
        void truncatedGzip() throws IOException {
            byte[] gz = Bytes.gzip(PAGE.repeat(20).getBytes(UTF_8));
            byte[] cut = Arrays.copyOf(gz, gz.length / 2);
            rejected(reader.read(write("cut.html.gz", cut)), DeadLetterReason.BINARY_CONTENT);
        }

        @Test
        void gzipBombIsStoppedAtTheLimit() throws IOException {
            byte[] huge = new byte[20 * 1024 * 1024]; // 20 MB of spaces, a few KB compressed
            Arrays.fill(huge, (byte) ' ');
            byte[] bomb = Bytes.gzip(huge);
            assertTrue(bomb.length < 100 * 1024, "the fixture should be small on disk");
            Rejection r = rejected(reader.read(write("bomb.txt.gz", bomb)), DeadLetterReason.TOO_LARGE);
            assertTrue(r.detail().contains("inflates"), r.detail());
        }

        @Test
        void fileLargerThanTheLimitIsNotLoaded() throws IOException {
            byte[] big = "Plain words repeated. ".repeat(60_000).getBytes(UTF_8); // ~1.3 MB > 1 MB limit
            Rejection r = rejected(reader.read(write("big.txt", big)), DeadLetterReason.TOO_LARGE);
            assertTrue(r.payloadTruncated());
            assertEquals(DeadLetterHeaders.MAX_PAYLOAD_BYTES, r.payload().length);
        }

        @Test
        void textThatNoCharsetExplains() throws IOException {
            // GBK-encoded Chinese: invalid UTF-8, and as windows-1252 a soup of accented capitals and symbols.
            byte[] gbk = new byte[600];
            int[] pattern = {0xC4, 0xE3, 0xBA, 0xC3, 0xCA, 0xC0, 0xBD, 0xE7};
            for (int i = 0; i < gbk.length; i++) {
                gbk[i] = (byte) pattern[i % pattern.length];
            }
            rejected(reader.read(write("gbk.txt", gbk)), DeadLetterReason.UNDECODABLE);
        }

        @Test
        void missingFileIsUnreadable() {
            rejected(reader.read(dir.resolve("not-there.txt")), DeadLetterReason.UNREADABLE);
        }

        @Test
        void directoryIsUnreadable() throws IOException {
            Path sub = Files.createDirectory(dir.resolve("folder.txt"));
            rejected(reader.read(sub), DeadLetterReason.UNREADABLE);
        }
    }

    @Test
    void neverThrowsOnRandomBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[random.nextInt(3000)];
            random.nextBytes(junk);
            if (i % 3 == 0) {
                junk = Bytes.gzip(junk);
            }
            String name = new String[] {"r.html", "r.txt", "r.md", "r.html.gz", "r"}[i % 5];
            ReadResult result = reader.read("fuzz-" + i, SourceKind.DIRECTORY, name, junk);
            assertNotNull(result);
        }
    }

    @Test
    void neverThrowsOnMangledMarkup() {
        String[] pages = {
            "<", "<<<>>>", "<html><body><table><tr><td><table><tr><td>deep", "<p>" + "<div>".repeat(5000) + "text",
            "<!-- never closed", "<script>no end", "<meta charset=\"no-such-charset\"><p>ok text here</p>",
            "<svg><foreignObject><p>inside</p></foreignObject></svg>"
        };
        for (String page : pages) {
            assertNotNull(reader.read("mangled", SourceKind.DIRECTORY, "m.html", page.getBytes(UTF_8)));
        }
    }

    @Test
    void rejectsMaxBytesThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleReader(0, Clock.systemUTC()));
    }
}
