package io.litstream.extract.abbreviation;

import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.extract.lexicon.LexiconMatcher;
import io.litstream.extract.lexicon.Match;
import io.litstream.extract.lexicon.MatchToken;
import io.litstream.extract.lexicon.MatchTokenizer;
import io.litstream.extract.lexicon.ShortForm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the abbreviations a document defines into {@link ShortForm}s for the lexicon matcher:
 * the short form names whatever entity its long form names, in this document only.
 *
 * <p>A short form whose long form names no entity still overrides the lexicon ("dried blood spots
 * (DBS)" is not deep brain stimulation), unless the long form plainly paraphrases the lexicon
 * entry the short form stands for there ("electroconvulsive treatment (ECT)").
 */
public final class DocumentAbbreviations {
    /** Share of the entry name's words the long form must contain to count as a paraphrase of it. */
    private static final double PARAPHRASE_OVERLAP = 0.5;

    private final AbbreviationDetector detector = new AbbreviationDetector();
    private final LexiconMatcher matcher;

    public DocumentAbbreviations(LexiconMatcher matcher) {
        this.matcher = matcher;
    }

    /** The short forms defined in {@code sentences} (first definition of each wins). */
    public List<ShortForm> resolve(List<String> sentences) {
        Map<String, ShortForm> out = new LinkedHashMap<>();
        for (String sentence : sentences) {
            for (Abbreviation a : detector.detect(sentence)) {
                out.putIfAbsent(a.shortForm(), ShortForm.of(a.shortForm(), entityOf(a)));
            }
        }
        return new ArrayList<>(out.values());
    }

    private LexiconEntry entityOf(Abbreviation a) {
        LexiconEntry named = endingEntity(a.longForm());
        if (named != null) {
            return named;
        }
        LexiconEntry lexiconSense = wholeEntity(a.shortForm());
        return lexiconSense != null && paraphrases(a.longForm(), lexiconSense) ? lexiconSense : null;
    }

    /** The entity named by the end of the long form ("peripheral injection of botulinum toxin"). */
    private LexiconEntry endingEntity(String longForm) {
        List<Match> matches = matcher.match(longForm);
        if (matches.isEmpty()) {
            return null;
        }
        Match last = matches.get(matches.size() - 1);
        boolean atEnd = longForm.substring(last.end()).strip().replaceAll("[^\\p{L}\\p{N}]", "").isEmpty();
        return atEnd && last.kind() != EntityKind.NONE ? last.entry() : null;
    }

    private LexiconEntry wholeEntity(String text) {
        List<Match> matches = matcher.match(text);
        return matches.size() == 1 && matches.get(0).start() == 0 && matches.get(0).end() == text.length()
                && matches.get(0).kind() != EntityKind.NONE ? matches.get(0).entry() : null;
    }

    private static boolean paraphrases(String longForm, LexiconEntry entry) {
        Set<String> words = words(longForm);
        Set<String> name = words(entry.name());
        long shared = name.stream().filter(words::contains).count();
        return !name.isEmpty() && shared >= PARAPHRASE_OVERLAP * name.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (MatchToken t : MatchTokenizer.tokenize(s.toLowerCase(Locale.ROOT))) {
            out.add(t.folded());
        }
        return out;
    }
}
