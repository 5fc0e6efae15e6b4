package io.litstream.tools.ner;

import io.litstream.extract.ner.NerTokenizer;
import io.litstream.extract.ner.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * BC5CDR documents as name finder sentences: each document is split into sentences and tokens by
 * {@link NerTokenizer}, and each mention of the wanted type becomes a token span when its
 * character offsets fall on token boundaries. Mentions that do not align are counted, not
 * guessed, so evaluation stays honest about them (they count as missed).
 */
public final class ChemicalCorpus {
    /** The BC5CDR type this model learns. */
    public static final String BC5CDR_TYPE = "Chemical";
    /** The name type the chemical model emits. */
    public static final String NAME_TYPE = "chemical";

    private final List<AlignedSentence> sentences;
    private final int mentions;
    private final int aligned;

    private ChemicalCorpus(List<AlignedSentence> sentences, int mentions, int aligned) {
        this.sentences = List.copyOf(sentences);
        this.mentions = mentions;
        this.aligned = aligned;
    }

    public static ChemicalCorpus of(List<PubTatorDocument> documents, NerTokenizer tokenizer) {
        List<AlignedSentence> out = new ArrayList<>();
        int mentions = 0;
        int aligned = 0;
        for (PubTatorDocument doc : documents) {
            String text = doc.text();
            List<PubTatorMention> wanted = doc.mentions(BC5CDR_TYPE);
            mentions += wanted.size();
            boolean first = true;
            for (Span sentence : tokenizer.sentences(text)) {
                Span[] tokens = tokenizer.tokens(text, sentence);
                if (tokens.length == 0) {
                    continue;
                }
                List<Span> names = new ArrayList<>();
                for (PubTatorMention m : wanted) {
                    if (m.start() >= sentence.getStart() && m.end() <= sentence.getEnd()) {
                        Span span = TokenSpans.toTokens(tokens, m.start(), m.end(), NAME_TYPE);
                        if (span != null && names.stream().noneMatch(span::intersects)) {
                            names.add(span);
                            aligned++;
                        }
                    }
                }
                names.sort(null);
                out.add(new AlignedSentence(doc.pmid(), first, text, tokens, names));
                first = false;
            }
        }
        return new ChemicalCorpus(out, mentions, aligned);
    }

    public List<AlignedSentence> sentences() {
        return sentences;
    }

    /** All gold mentions of the type in the documents. */
    public int mentions() {
        return mentions;
    }

    /** Gold mentions whose boundaries fall on token boundaries (the most a model can find). */
    public int aligned() {
        return aligned;
    }
}
