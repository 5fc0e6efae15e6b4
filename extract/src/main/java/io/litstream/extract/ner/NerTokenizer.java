package io.litstream.extract.ner;

import io.litstream.extract.nlp.NlpModels;
import io.litstream.extract.nlp.RuleTokenizer;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentences and tokens for the name finders: the pipeline's OpenNLP sentence detector
 * ({@link NlpModels}) and its tokenizer ({@link RuleTokenizer}), then {@link #refine} splits
 * tokens further at hyphens, slashes and brackets, because biomedical names often start or end
 * inside what a general English tokenizer keeps as one token ("[3H]-naloxone",
 * "lithium/valproate"). Training, evaluation and the extractor all tokenize this way, so a model
 * never sees tokens it was not trained on.
 *
 * <p><b>Not thread-safe</b> (it owns a {@code SentenceDetectorME}); one per thread.
 */
public final class NerTokenizer {
    private final SentenceDetectorME sentenceDetector;

    public NerTokenizer(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
    }

    /** Sentence spans of {@code text}. */
    public Span[] sentences(String text) {
        return sentenceDetector.sentPosDetect(text);
    }

    /** Token spans of {@code text} within {@code range}, as offsets into {@code text}. */
    public Span[] tokens(String text, Span range) {
        String part = text.substring(range.getStart(), range.getEnd());
        Span[] spans = RuleTokenizer.tokenizePos(part);
        Span[] shifted = new Span[spans.length];
        for (int i = 0; i < spans.length; i++) {
            shifted[i] = new Span(spans[i].getStart() + range.getStart(), spans[i].getEnd() + range.getStart());
        }
        return refine(text, shifted);
    }

    /** Token spans of a whole sentence. */
    public Span[] tokens(String sentence) {
        return tokens(sentence, new Span(0, sentence.length()));
    }

    /**
     * Splits each token before and after every hyphen, slash, bracket, plus sign and comma inside
     * it; the separators become tokens of their own. A lone separator or a token without one is
     * kept as it is.
     */
    public static Span[] refine(CharSequence text, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length + 8);
        for (Span t : tokens) {
            int from = t.getStart();
            for (int i = t.getStart(); i < t.getEnd(); i++) {
                if (isSeparator(text.charAt(i)) && t.length() > 1) {
                    if (i > from) {
                        out.add(new Span(from, i));
                    }
                    out.add(new Span(i, i + 1));
                    from = i + 1;
                }
            }
            if (from < t.getEnd()) {
                out.add(new Span(from, t.getEnd()));
            }
        }
        return out.toArray(Span[]::new);
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']' || c == '+' || c == ','
                || c == '\u2010' || c == '\u2013';
    }
}
