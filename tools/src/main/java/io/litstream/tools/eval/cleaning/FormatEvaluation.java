package io.litstream.tools.eval.cleaning;

import io.litstream.tools.eval.score.EvalScore;
import io.litstream.ingest.pdf.PdfTypesetter;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The new input formats on the Evidence Inference articles, beside {@link JatsEvaluation}'s
 * quality figures: JATS reading speed on the 200 PMC files, and PDF quality and speed on PDFs
 * set by {@link PdfTypesetter} from the corpus's own plain-text renderings of the same articles
 * (alternately one and two columns, every page with a running header, footer and page number),
 * scored by word F1 against the text they were set from. Speeds are per thread in CPU time
 * ({@link ThreadMXBean}), so that other work on a shared machine does not count against them;
 * the first pass warms the JIT and is not timed.
 */
public final class FormatEvaluation {
    public static final double TARGET_JATS_PER_SECOND = 200;
    public static final double TARGET_PDF_F1 = 0.95;
    public static final double TARGET_PDF_PAGES_PER_SECOND = 20;
    private static final String HEADER = "Journal of Evaluations in Print";
    private static final String FOOTER = "Made from the Evidence Inference text rendering";

    private final ArticleReader reader = new ArticleReader();
    private final PdfTypesetter typesetter = new PdfTypesetter();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /**
     * Runs over {@code evidence-inference/} of the shared data folder.
     *
     * @param data the shared data folder (or the shared folder holding {@code data/})
     */
    public static List<EvalScore> run(Path data) {
        Path dir = Files.isDirectory(data.resolve("evidence-inference")) ? data.resolve("evidence-inference")
                : data.resolve("data/evidence-inference");
        FormatEvaluation e = new FormatEvaluation();
        List<EvalScore> figures = new ArrayList<>();
        figures.add(e.jatsSpeed(dir));
        figures.addAll(e.pdf(dir));
        return figures;
    }

    EvalScore jatsSpeed(Path corpus) {
        List<Path> files = files(corpus.resolve("nxml"), "*.nxml");
        List<byte[]> bodies = files.stream().map(FormatEvaluation::bytes).toList();
        readAll(bodies, "article.nxml");
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int rounds = 3;
        for (int r = 0; r < rounds; r++) {
            readAll(bodies, "article.nxml");
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        int read = rounds * bodies.size();
        return new EvalScore("JATS reading speed (PMC, one thread)", "art./s", read / cpuSeconds, TARGET_JATS_PER_SECOND,
                String.format(Locale.ROOT, "%d articles read %d times in %.2f CPU s (%.0f/s by the wall clock)",
                        bodies.size(), rounds, cpuSeconds, read / wallSeconds));
    }

    List<EvalScore> pdf(Path corpus) {
        List<byte[]> pdfs = new ArrayList<>();
        double f1 = 0;
        double f1OneColumn = 0;
        int oneColumn = 0;
        int pages = 0;
        List<Path> texts = files(corpus.resolve("nxml"), "*.nxml").stream()
                .map(n -> corpus.resolve("txt/" + n.getFileName().toString().replace(".nxml", ".txt")))
                .filter(Files::isRegularFile).toList();
        for (int i = 0; i < texts.size(); i++) {
            String rendering = new String(bytes(texts.get(i)), StandardCharsets.UTF_8);
            String title = JatsEvaluation.renderedTitle(rendering);
            List<String> paragraphs = JatsEvaluation.reference(rendering).lines()
                    .filter(l -> !l.isBlank() && !l.strip().equals(title)).toList();
            int columns = i % 2 == 0 ? 1 : 2;
            byte[] pdf = typesetter.typeset(title, paragraphs, new PdfTypesetter.Layout(columns, HEADER, FOOTER, true));
            pdfs.add(pdf);
            String expected = typesetter.printable(title + "\n" + String.join("\n", paragraphs));
            RawArticle read = article(pdf);
            double score = WordF1.of(read == null ? "" : read.text(), expected).f1();
            f1 += score;
            if (columns == 1) {
                f1OneColumn += score;
                oneColumn++;
            }
        }
        long cpu = threads.getCurrentThreadCpuTime();
        for (byte[] pdf : pdfs) {
            RawArticle read = article(pdf);
            pages += read == null ? 0 : Math.max(1, pdfPages(pdf));
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        int n = pdfs.size();
        double mean = f1 / n;
        String detail = String.format(Locale.ROOT, "%d PDFs set from the renderings: one column %.3f, two columns %.3f",
                n, f1OneColumn / oneColumn, (f1 - f1OneColumn) / (n - oneColumn));
        return List.of(new EvalScore("PDF text (typeset Evidence Inference)", "word F1", mean, TARGET_PDF_F1, detail),
                new EvalScore("PDF reading speed (one thread)", "pages/s", pages / cpuSeconds, TARGET_PDF_PAGES_PER_SECOND,
                        String.format(Locale.ROOT, "%d pages in %.2f CPU s", pages, cpuSeconds)));
    }

    private static int pdfPages(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            return 0;
        }
    }

    private RawArticle article(byte[] pdf) {
        ReadResult result = reader.read("eval.pdf", SourceKind.DIRECTORY, "eval.pdf", pdf);
        return result instanceof ReadResult.Accepted a ? a.article() : null;
    }

    private void readAll(List<byte[]> bodies, String name) {
        for (byte[] body : bodies) {
            reader.read(name, SourceKind.DIRECTORY, name, body);
        }
    }

    private static List<Path> files(Path dir, String glob) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, glob)) {
            listing.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
