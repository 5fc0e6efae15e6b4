package io.litstream.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    private final PdfReader reader = new PdfReader(PdfLimits.defaults());

    @Test
    void aOneColumnArticleReadsAsTheTextItWasMadeFrom() throws PdfRejected {
        PdfArticle article = reader.read(TestPdfs.article(new TestPdfs.Layout(1, false, true, 2)));
        WordOverlap score = WordOverlap.of(article.text(), TestPdfs.sourceText(2));
        assertTrue(score.f1() >= 0.95, "word F1 " + score);
        assertEquals(TestPdfs.TITLE, article.title());
        assertEquals(ArticleBlock.heading(1, TestPdfs.TITLE), article.blocks().get(0));
    }

    @Test
    void aTwoColumnArticleIsReadColumnByColumnNotLineByLine() throws PdfRejected {
        PdfArticle article = reader.read(TestPdfs.article(new TestPdfs.Layout(2, false, true, 3)));
        WordOverlap score = WordOverlap.of(article.text(), TestPdfs.sourceText(3));
        assertTrue(score.f1() >= 0.95, "word F1 " + score);
        // Interleaved columns would break every sentence; read in order, each paragraph is whole.
        String text = article.text();
        int at = 0;
        for (String paragraph : TestPdfs.paragraphs(3)) {
            int found = text.indexOf(paragraph, at);
            assertTrue(found >= 0, "paragraph read whole and in order: " + paragraph + "\n--- got:\n" + text);
            at = found + paragraph.length();
        }
    }

    @Test
    void runningHeadersFootersAndPageNumbersAreLeftOut() throws PdfRejected {
        PdfArticle article = reader.read(TestPdfs.article(new TestPdfs.Layout(2, true, true, 4)));
        assertTrue(article.pages() >= 2, "several pages: " + article.pages());
        assertFalse(article.text().contains(TestPdfs.HEADER), article.text());
        assertFalse(article.text().contains(TestPdfs.RUNNING_TITLE), article.text());
        assertTrue(article.blocks().stream().noneMatch(b -> b.text().matches("\\d+")), "no bare page number");
        WordOverlap score = WordOverlap.of(article.text(), TestPdfs.sourceText(4));
        assertTrue(score.f1() >= 0.95, "word F1 " + score);
    }

    @Test
    void aWordHyphenatedAtALineEndIsJoined() throws PdfRejected {
        PdfArticle article = reader.read(TestPdfs.article(new TestPdfs.Layout(2, false, true, 1)));
        long hyphenatedLines = TestPdfs.PARAGRAPHS.stream()
                .mapToLong(p -> TestPdfs.twoColumnLines(p).stream().filter(l -> l.endsWith("-")).count()).sum();
        assertTrue(hyphenatedLines > 0, "the layout hyphenates some words");
        for (String paragraph : TestPdfs.PARAGRAPHS) {
            assertTrue(article.text().contains(paragraph), "hyphenated words joined: " + paragraph);
        }
    }

    @Test
    void aPdfThatNeedsAPasswordIsUnreadableAsEncrypted() {
        PdfRejected e = assertThrows(PdfRejected.class, () -> reader.read(TestPdfs.encrypted()));
        assertEquals(DeadLetterReason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().startsWith("encrypted PDF"), e.getMessage());
    }

    @Test
    void aScanWithoutATextLayerHasNoTextLayer() {
        PdfRejected e = assertThrows(PdfRejected.class, () -> reader.read(TestPdfs.imageOnly()));
        assertEquals(DeadLetterReason.NO_TEXT_LAYER, e.reason());
    }

    @Test
    void aTruncatedPdfIsRejectedOrReadAsFarAsItGoes() {
        byte[] whole = TestPdfs.article(new TestPdfs.Layout(1, false, true, 3));
        byte[] cut = Arrays.copyOf(whole, whole.length / 3);
        PdfRejected e = assertThrows(PdfRejected.class, () -> reader.read(cut));
        assertEquals(DeadLetterReason.UNREADABLE, e.reason());
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsInflated() {
        PdfReader small = new PdfReader(new PdfLimits(10, Duration.ofSeconds(20), 8L * 1024 * 1024));
        byte[] bomb = TestPdfs.bomb(64L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        PdfRejected e = assertThrows(PdfRejected.class, () -> small.read(bomb));
        assertEquals(DeadLetterReason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsTooLarge() {
        PdfReader small = new PdfReader(new PdfLimits(50, Duration.ofSeconds(20), 8L * 1024 * 1024));
        PdfRejected e = assertThrows(PdfRejected.class, () -> small.read(TestPdfs.manyPages(51)));
        assertEquals(DeadLetterReason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("51 pages"), e.getMessage());
    }

    @Test
    void aPdfThatTakesLongerThanTheTimeLimitIsAbandoned() {
        PdfReader hasty = new PdfReader(new PdfLimits(500, Duration.ofNanos(1), 8L * 1024 * 1024));
        PdfRejected e = assertThrows(PdfRejected.class, () -> hasty.read(TestPdfs.manyPages(40)));
        assertEquals(DeadLetterReason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().startsWith("TIMEOUT"), e.getMessage());
    }

    @Test
    void theTitleComesFromTheDocumentInformationWhenTheFirstPageHasNone() throws PdfRejected {
        PdfArticle article = reader.read(TestPdfs.article(new TestPdfs.Layout(1, false, false, 1)));
        assertEquals(TestPdfs.TITLE, article.title());
    }
}
