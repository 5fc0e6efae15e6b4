package io.litstream.extract.arms;

import io.litstream.extract.lexicon.Match;
import io.litstream.extract.ner.InterventionTagger;
import io.litstream.extract.ner.NerTokenizer;
import io.litstream.extract.ner.TokenSpans;
import io.litstream.extract.nlp.RuleTokenizer;
import io.litstream.topics.extraction.TrialArm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * The trial arms of an article: the intervention tagger ({@link InterventionTagger}) reads the
 * trial-like sentences ({@link TrialSentences}) as one document, tokenized as in its training
 * ({@link NerTokenizer#refine}); each span it marks is an arm, with its role ({@link ArmRoles}) and
 * the therapy of the first lexicon or name-finder therapy inside it, if any. A span that joins two
 * arms ("esketamine or to placebo", "A versus B") is cut at the joining word, which belongs to
 * neither arm, and a piece's leading "to" or "with" is dropped ({@link #pieces}).
 *
 * <p><b>Not thread-safe</b> (the tagger owns a POS tagger and a name finder); one per extractor.
 */
public final class TrialArmFinder {
    /**
     * @param arms     in text order
     * @param mentions for each arm that maps to a therapy, that therapy's match with the arm's text
     *                 as its surface, so the therapy lists the arm among its mentions
     */
    public record Found(List<TrialArm> arms, List<Match> mentions) {
        public Found {
            arms = List.copyOf(arms);
            mentions = List.copyOf(mentions);
        }
    }

    /** Words between two arms that belong to neither. */
    private static final Set<String> JOINING = Set.of("or", "versus", "vs", "vs.", "compared");
    /** Words that start the rest of a cut span ("or to placebo", "compared with usual care"). */
    private static final Set<String> LEADING = Set.of("to", "with");
    private final InterventionTagger tagger;

    public TrialArmFinder(InterventionTagger tagger) {
        this.tagger = tagger;
    }

    public Found find(List<ArmSentence> sentences) {
        if (sentences.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        List<Span[]> pieces = new ArrayList<>(sentences.size());
        List<String[]> words = new ArrayList<>(sentences.size());
        for (ArmSentence s : sentences) {
            Span[] p = NerTokenizer.refine(s.text(), RuleTokenizer.tokenizePos(s.text()));
            pieces.add(p);
            words.add(TokenSpans.texts(s.text(), p));
        }
        List<Span[]> found = tagger.find(words);
        List<TrialArm> arms = new ArrayList<>();
        List<Match> mentions = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ArmSentence s = sentences.get(i);
            if (s.offset() < 0) {
                continue;
            }
            for (Span span : pieces(words.get(i), found.get(i))) {
                Span chars = TokenSpans.toChars(pieces.get(i), span);
                String text = s.text().substring(chars.getStart(), chars.getEnd());
                Match therapy = firstInside(s.therapies(), chars);
                arms.add(new TrialArm(text, ArmRoles.of(text, therapy != null),
                        therapy == null ? null : therapy.entry().id(), s.offset() + chars.getStart(),
                        s.offset() + chars.getEnd()));
                if (therapy != null) {
                    mentions.add(new Match(therapy.entry(), chars.getStart(), chars.getEnd(), text,
                            therapy.firstToken(), therapy.lastToken()));
                }
            }
        }
        return new Found(arms, mentions);
    }

    /** The tagger's token spans cut at words that join two arms, without a leading "to" or "with". */
    static List<Span> pieces(String[] words, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            int start = span.getStart();
            for (int k = span.getStart(); k <= span.getEnd(); k++) {
                if (k == span.getEnd() || JOINING.contains(words[k].toLowerCase(Locale.ROOT))) {
                    while (start < k && LEADING.contains(words[start].toLowerCase(Locale.ROOT))) {
                        start++;
                    }
                    if (start < k) {
                        out.add(new Span(start, k));
                    }
                    start = k + 1;
                }
            }
        }
        return out;
    }

    private static Match firstInside(List<Match> therapies, Span arm) {
        for (Match m : therapies) {
            if (m.start() < arm.getEnd() && m.end() > arm.getStart()) {
                return m;
            }
        }
        return null;
    }
}
