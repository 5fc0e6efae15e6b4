package io.litstream.tools.eval;

import io.litstream.tools.ner.EbmNlpDocument;
import io.litstream.tools.ner.F1Counts;
import io.litstream.extract.ner.TaggedToken;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.TrialArm;
import java.util.List;
import java.util.Locale;

/**
 * Scores an extraction's output per token of an EBM-NLP abstract, as the model's evaluator scores
 * the tagger (a token is an intervention or not; true and false positives and negatives over the
 * corpus' tokens). The output names characters, not tokens: a token is found when a character of
 * it lies inside an arm ({@link TrialArm#start()}, {@link TrialArm#end()}) or inside an occurrence,
 * as a whole word in any case, of one of the therapies' mentions. Corpus tokens are located in the
 * article text in order; one that cannot be located (the cleaner changed it) counts as not found.
 */
final class ExtractionTokens {
    private ExtractionTokens() {
    }

    /** The abstract as a plain-text file: its first sentence (the title) on a line, a blank line, the rest. */
    static String render(EbmNlpDocument doc) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < doc.sentences().size(); s++) {
            if (s == 1) {
                out.append("\n\n");
            } else if (s > 1) {
                out.append(' ');
            }
            List<TaggedToken> sentence = doc.sentences().get(s);
            for (int i = 0; i < sentence.size(); i++) {
                out.append(i > 0 ? " " : "").append(sentence.get(i).text());
            }
        }
        return out.append('\n').toString();
    }

    /** @param article null (with {@code extraction}) when the file was not read: every token is then not found */
    static F1Counts score(EbmNlpDocument doc, RawArticle article, ArticleExtraction extraction) {
        String text = article == null || article.text() == null ? "" : article.text();
        boolean[] covered = covered(text, extraction);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int cursor = 0;
        for (List<TaggedToken> sentence : doc.sentences()) {
            for (TaggedToken t : sentence) {
                int at = text.indexOf(t.text(), cursor);
                boolean found = false;
                if (at >= 0) {
                    cursor = at + t.text().length();
                    for (int c = at; c < cursor && !found; c++) {
                        found = covered[c];
                    }
                }
                boolean gold = t.tag().endsWith("-INT");
                tp += gold && found ? 1 : 0;
                fp += !gold && found ? 1 : 0;
                fn += gold && !found ? 1 : 0;
            }
        }
        return new F1Counts(tp, fp, fn);
    }

    private static boolean[] covered(String text, ArticleExtraction extraction) {
        boolean[] covered = new boolean[text.length()];
        if (extraction == null) {
            return covered;
        }
        for (TrialArm arm : extraction.armsOrEmpty()) {
            for (int c = arm.start(); c < Math.min(arm.end(), text.length()); c++) {
                covered[c] = true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (FoundEntity therapy : extraction.therapies()) {
            for (String mention : therapy.mentions()) {
                String m = mention.toLowerCase(Locale.ROOT);
                for (int at = m.isEmpty() ? -1 : lower.indexOf(m); at >= 0; at = lower.indexOf(m, at + 1)) {
                    if (boundary(lower, at) && boundary(lower, at + m.length())) {
                        for (int c = at; c < at + m.length(); c++) {
                            covered[c] = true;
                        }
                    }
                }
            }
        }
        return covered;
    }

    /** Whether a word boundary lies before {@code i}: not between two letters or digits. */
    private static boolean boundary(String text, int i) {
        return i <= 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i - 1))
                || !Character.isLetterOrDigit(text.charAt(i));
    }
}
