package io.litstream.extract.nlp;

import io.litstream.extract.structure.Block;
import io.litstream.extract.structure.DocumentStructure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Text to paragraphs to sentences with tokens and POS tags, using OpenNLP's maximum-entropy tools.
 *
 * <p><b>Not thread-safe</b>: {@link SentenceDetectorME}, {@link TokenizerME} and {@link POSTaggerME}
 * keep per-call state, so create one pipeline per thread (in Kafka Streams, one per stream task,
 * in the processor's {@code init}). Creating one is cheap: the models it wraps are shared
 * ({@link NlpModels}).
 *
 * <p>Lemmatisation is left out on purpose: {@code LemmatizerME} costs about ten times the rest of
 * the pipeline, and lexicon matching only needs the cheap {@link TextNormalizer}.
 */
public final class NlpPipeline {
    /** Longer than any real sentence; see {@link #tag}. */
    private static final int TAG_WINDOW = 150;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public NlpPipeline(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel());
    }

    /** Splits {@code text} into blocks ({@link DocumentStructure}) and analyses each. */
    public List<Paragraph> analyze(String title, String text) {
        return analyze(DocumentStructure.parse(title, text));
    }

    /** Splits each block into sentences; sentence indices run across the whole article. */
    public List<Paragraph> analyze(List<Block> blocks) {
        List<Paragraph> out = new ArrayList<>(blocks.size());
        int next = 0;
        for (Block block : blocks) {
            List<Sentence> sentences = sentences(block.text(), next);
            next += sentences.size();
            out.add(new Paragraph(block, sentences));
        }
        return out;
    }

    /** The sentences of one paragraph, numbered from {@code firstIndex}. */
    public List<Sentence> sentences(String paragraph, int firstIndex) {
        List<Sentence> out = new ArrayList<>();
        for (Span span : sentenceDetector.sentPosDetect(paragraph)) {
            String text = span.getCoveredText(paragraph).toString().strip();
            if (!text.isEmpty()) {
                int start = paragraph.indexOf(text, span.getStart());
                out.add(new Sentence(firstIndex + out.size(), text, start, start + text.length(), tokens(text)));
            }
        }
        return out;
    }

    /**
     * Tags in windows: the beam search copies its sequence at every step, so one run-on "sentence"
     * of thousands of tokens (a table, text without punctuation) would cost quadratic time.
     */
    private String[] tag(String[] words) {
        if (words.length <= TAG_WINDOW) {
            return tagger.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += TAG_WINDOW) {
            int to = Math.min(words.length, from + TAG_WINDOW);
            System.arraycopy(tagger.tag(Arrays.copyOfRange(words, from, to)), 0, tags, from, to - from);
        }
        return tags;
    }

    private List<Token> tokens(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tag(words);
        List<Token> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tags[i]));
        }
        return out;
    }
}
