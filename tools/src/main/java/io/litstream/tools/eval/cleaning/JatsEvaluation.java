package io.litstream.tools.eval.cleaning;

import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores the JATS reader on the PubMed Central open-access articles of the Evidence Inference
 * corpus ({@code evidence-inference/nxml/*.nxml}): each file is read exactly as ingest reads a
 * file, and compared with the corpus's own plain-text rendering of the same article
 * ({@code txt/PMC….txt}): the title exactly (whitespace aside), whether a DOI was found, and
 * the word F1 of title, abstract and body. The rendering names each section only in a label line
 * ({@code ABSTRACT.BACKGROUND:}, {@code BODY.METHODS:}); those labels are left out of the
 * reference, and so are the reader's section headings, which carry the same words.
 */
public final class JatsEvaluation {
    public static final double TARGET_TITLE = 0.95;
    public static final double TARGET_DOI = 0.95;
    public static final double TARGET_F1 = 0.90;
    private static final Pattern LABEL = Pattern.compile("^(TITLE|ABSTRACT|BODY)(\\.[^:]*)?:\\s*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DOI_ID = Pattern.compile("<article-id[^>]*pub-id-type=\"doi\"");

    private final ArticleReader reader;

    public JatsEvaluation(ArticleReader reader) {
        this.reader = reader;
    }

    /** One article's scores. */
    public record ArticleScore(String id, TitleMatch title, boolean doiFound, boolean doiStated, WordF1 words,
                               String readTitle, String expectedTitle) {
        public boolean titleExact() {
            return title != TitleMatch.DIFFERENT;
        }
    }

    /**
     * How the title read compares with the rendering's. The rendering has two faults of its own:
     * it stops a title at its first inline markup ({@code Evaluation of <italic>Talking
     * Parents</italic>…} gives "Evaluation of"), and it runs the short title ({@code <alt-title>})
     * on without a space. A title read in full that the faulty rendering starts, or that starts
     * a rendering with something appended, is counted as exact, and the counts are shown apart.
     */
    public enum TitleMatch { EQUAL, RENDERING_CUT_AT_MARKUP, RENDERING_WITH_SHORT_TITLE, DIFFERENT }

    /** Every article's scores and the three figures. */
    public record Scores(List<ArticleScore> articles) {
        public double titleExact() {
            return articles.stream().filter(ArticleScore::titleExact).count() / (double) articles.size();
        }

        /** Share of articles whose file states a DOI that got it. */
        public double doiFound() {
            long stated = articles.stream().filter(ArticleScore::doiStated).count();
            return stated == 0 ? 1 : articles.stream().filter(a -> a.doiStated() && a.doiFound()).count() / (double) stated;
        }

        public double doiFoundOfAll() {
            return articles.stream().filter(ArticleScore::doiFound).count() / (double) articles.size();
        }

        public long count(TitleMatch match) {
            return articles.stream().filter(a -> a.title() == match).count();
        }

        public double meanF1() {
            return articles.stream().mapToDouble(a -> a.words().f1()).average().orElse(0);
        }

        public String detail() {
            return String.format(Locale.ROOT, "%d articles, P %.3f R %.3f; titles equal %d, rendering cut at markup %d,"
                            + " rendering with short title %d, different %d; DOI in %d of %d (%d state none)",
                    articles.size(), articles.stream().mapToDouble(a -> a.words().precision()).average().orElse(0),
                    articles.stream().mapToDouble(a -> a.words().recall()).average().orElse(0),
                    count(TitleMatch.EQUAL), count(TitleMatch.RENDERING_CUT_AT_MARKUP),
                    count(TitleMatch.RENDERING_WITH_SHORT_TITLE), count(TitleMatch.DIFFERENT),
                    articles.stream().filter(ArticleScore::doiFound).count(), articles.size(),
                    articles.stream().filter(a -> !a.doiStated()).count());
        }

        /** The {@code n} articles of lowest word F1, worst first. */
        public List<ArticleScore> worst(int n) {
            return articles.stream().sorted(Comparator.comparingDouble(a -> a.words().f1())).limit(n).toList();
        }
    }

    /**
     * Runs over {@code evidence-inference/} of the shared data folder with a default reader.
     *
     * @param data the shared data folder (or the shared folder holding {@code data/})
     */
    public static Scores run(Path data) {
        Path dir = Files.isDirectory(data.resolve("evidence-inference")) ? data.resolve("evidence-inference")
                : data.resolve("data/evidence-inference");
        return new JatsEvaluation(new ArticleReader()).score(dir);
    }

    public Scores score(Path corpus) {
        List<ArticleScore> scores = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(corpus.resolve("nxml"), "*.nxml")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(Comparator.naturalOrder());
            for (Path nxml : sorted) {
                String id = nxml.getFileName().toString().replace(".nxml", "");
                Path txt = corpus.resolve("txt/" + id + ".txt");
                if (Files.isRegularFile(txt)) {
                    scores.add(score(id, nxml, Files.readString(txt, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Evidence Inference articles in " + corpus, e);
        }
        if (scores.isEmpty()) {
            throw new IllegalStateException("no nxml article with a txt rendering in " + corpus);
        }
        return new Scores(List.copyOf(scores));
    }

    private ArticleScore score(String id, Path nxml, String rendering) throws IOException {
        String expectedTitle = renderedTitle(rendering);
        boolean doiStated = statesDoi(Files.readString(nxml, StandardCharsets.UTF_8));
        ReadResult result = reader.read(nxml);
        if (!(result instanceof ReadResult.Accepted accepted)) {
            return new ArticleScore(id, TitleMatch.DIFFERENT, false, doiStated, WordF1.of("", reference(rendering)),
                    null, expectedTitle);
        }
        RawArticle a = accepted.article();
        String title = a.title() == null ? "" : normal(a.title());
        return new ArticleScore(id, match(title, expectedTitle), a.doi() != null, doiStated,
                WordF1.of(withoutSectionHeadings(a), reference(rendering)), title, expectedTitle);
    }

    static TitleMatch match(String read, String rendered) {
        if (read.equals(rendered)) {
            return TitleMatch.EQUAL;
        }
        if (!read.isEmpty() && !rendered.isEmpty()) {
            if (read.startsWith(rendered)) {
                return TitleMatch.RENDERING_CUT_AT_MARKUP;
            }
            if (rendered.startsWith(read)) {
                return TitleMatch.RENDERING_WITH_SHORT_TITLE;
            }
        }
        return TitleMatch.DIFFERENT;
    }

    /** Whether the file's article metadata has a DOI article id, looked for in the raw text, apart from the reader. */
    static boolean statesDoi(String xml) {
        int end = xml.indexOf("</article-meta>");
        return DOI_ID.matcher(end < 0 ? xml : xml.substring(0, end)).find();
    }

    /** The article's text without section headings; the title (the level-1 heading) stays. */
    static String withoutSectionHeadings(RawArticle a) {
        if (a.blocks() == null) {
            return a.text();
        }
        return a.blocks().stream()
                .filter(b -> b.type() != ArticleBlock.Type.HEADING || Integer.valueOf(1).equals(b.level()))
                .map(ArticleBlock::text).collect(Collectors.joining("\n\n"));
    }

    /** The rendering without its section labels. */
    static String reference(String rendering) {
        return rendering.lines().map(line -> LABEL.matcher(line).replaceFirst("")).collect(Collectors.joining("\n"));
    }

    /** The line after the rendering's {@code TITLE:} label. */
    static String renderedTitle(String rendering) {
        List<String> lines = rendering.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("TITLE:")) {
                String rest = lines.get(i).substring("TITLE:".length()).strip();
                if (!rest.isEmpty()) {
                    return normal(rest);
                }
                for (int j = i + 1; j < lines.size(); j++) {
                    if (!lines.get(j).isBlank()) {
                        return normal(lines.get(j));
                    }
                }
            }
        }
        return "";
    }

    private static String normal(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
