package io.litstream.extract.nlp;

import io.litstream.extract.structure.Block;
import io.litstream.extract.structure.DocumentStructure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Text to paragraphs to sentences with tokens and POS tags: OpenNLP's maximum-entropy sentence
 * detector and POS tagger, and the {@link RuleTokenizer} (OpenNLP's tokenizer cost a quarter of
 * extraction time for tokens that only feed the tagger).
 *
 * <p><b>Not thread-safe</b>: {@link SentenceDetectorME} and {@link POSTaggerME}
 * keep per-call state, so create one pipeline per thread (in Kafka Streams, one per stream task,
 * in the processor's {@code init}). Creating one is cheap: the models it wraps are shared
 * ({@link NlpModels}).
 *
 * <p>Tagging is lazy: a sentence's tokens are tagged the first time one of them is read, so
 * sentences nobody inspects cost only sentence detection and tokenization.
 *
 * <p>Lemmatisation is left out on purpose: {@code LemmatizerME} costs about ten times the rest of
 * the pipeline, and lexicon matching only needs the cheap {@link TextNormalizer}.
 */
public final class NlpPipeline {
    /** Longer than any real sentence; see {@link #tag}. */
    private static final int TAG_WINDOW = 150;

    private final SentenceDetectorME sentenceDetector;
    private final POSTaggerME tagger;

    public NlpPipeline(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
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
     * Tags in windows, greedily: the model's best tag for each word given the tags before it. A
     * beam search of three costs three times as much for tags that only answer "is there a verb"
     * and "are these words modifiers"; and it copies its sequences at every step, so one run-on
     * "sentence" of thousands of tokens (a table, text without punctuation) would cost quadratic
     * time, hence the windows.
     */
    private String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += TAG_WINDOW) {
            int to = Math.min(words.length, from + TAG_WINDOW);
            List<String> window = Arrays.asList(Arrays.copyOfRange(words, from, to));
            List<String> previous = new ArrayList<>(window.size());
            for (int i = 0; i < window.size(); i++) {
                previous.add(tagger.getOrderedTags(window, previous, i)[0]);
            }
            for (int i = 0; i < previous.size(); i++) {
                tags[from + i] = previous.get(i);
            }
        }
        return tags;
    }

    /** Tokens now, tags when first asked for ({@link LazyTokens}): most sentences never need them. */
    private List<Token> tokens(String sentence) {
        Span[] spans = RuleTokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        return new LazyTokens(words, spans, this::tag);
    }
}
