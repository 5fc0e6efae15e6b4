package io.litstream.extract.lexicon;

import io.litstream.extract.nlp.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds lexicon entities in a text: leftmost-longest match over {@link MatchToken}s, so
 * "serotonin and norepinephrine reuptake inhibitors" is one therapy rather than a mechanism and
 * half a phrase, and "glial cell line-derived neurotrophic factor" is GDNF rather than "neurotrophic factor".
 *
 * <p>Words written like abbreviations match case-sensitively ("TMS" but not "tms"), others
 * case-insensitively after {@link io.litstream.extract.nlp.TextNormalizer#fold folding}; a
 * hyphenated pair also matches as one word ("anti-depressant" = "antidepressant"). Elliptic
 * coordination is expanded: "mesenchymal or neural stem cells" names both kinds of stem cell.
 * Stateless and thread-safe.
 */
public final class LexiconMatcher {
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    private final Lexicon lexicon;

    public LexiconMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Entities in {@code text} (blocked phrases included, as {@link EntityKind#NONE}), in text order. */
    public List<Match> match(String text, List<ShortForm> shortForms) {
        List<MatchToken> tokens = MatchTokenizer.tokenize(text);
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = longestAt(text, tokens, i, shortForms);
            if (m == null) {
                i++;
            } else {
                if (m.entry() != null) {
                    found.add(m);
                }
                i = m.lastToken() + 1;
            }
        }
        found.addAll(elliptic(text, tokens, found));
        found.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        return found;
    }

    public List<Match> match(String text) {
        return match(text, List.of());
    }

    /** The longest match starting at token {@code i}; a match with a null entry is a suppressed short form. */
    private Match longestAt(String text, List<MatchToken> tokens, int i, List<ShortForm> shortForms) {
        Longest best = new Longest();
        walk(lexicon.root(), tokens, i, false, best);
        for (ShortForm sf : shortForms) {
            int last = i + sf.keys().size() - 1;
            if (last >= best.last && last < tokens.size() && spells(tokens, i, sf)) {
                best.last = last;
                best.entry = sf.entry();
            }
        }
        if (best.last < 0) {
            return null;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(best.last).end();
        return new Match(best.entry, start, end, text.substring(start, end), i, best.last);
    }

    private static boolean spells(List<MatchToken> tokens, int i, ShortForm sf) {
        for (int k = 0; k < sf.keys().size(); k++) {
            if (!tokens.get(i + k).exact().equals(sf.keys().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The furthest token a phrase reached so far, and the entity it names. */
    private static final class Longest {
        int last = -1;
        LexiconEntry entry;
    }

    /**
     * Depth-first over the trie from token {@code j}: each word by its folded and its exact key, a
     * hyphenated pair also as one word. A phrase never continues across punctuation.
     */
    private static void walk(Lexicon.Node node, List<MatchToken> tokens, int j, boolean continuing, Longest best) {
        if (j >= tokens.size() || continuing && tokens.get(j).breakBefore()) {
            return;
        }
        MatchToken t = tokens.get(j);
        step(node.children.get(t.folded()), tokens, j, best);
        if (!t.exact().equals(t.folded())) {
            step(node.children.get(Lexicon.exactKey(t.exact())), tokens, j, best);
        }
        if (t.hyphenToNext() && j + 1 < tokens.size() && !tokens.get(j + 1).breakBefore()) {
            step(node.children.get(TextNormalizer.fold(t.text() + tokens.get(j + 1).text())), tokens, j + 1, best);
        }
    }

    private static void step(Lexicon.Node next, List<MatchToken> tokens, int j, Longest best) {
        if (next == null) {
            return;
        }
        if (next.entry != null && j > best.last) {
            best.last = j;
            best.entry = next.entry;
        }
        walk(next, tokens, j + 1, true, best);
    }

    /** "X and Y head": when "X head" is an entity of the same kind, X names it too. */
    private List<Match> elliptic(String text, List<MatchToken> tokens, List<Match> found) {
        List<Match> out = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (Match m : found) {
            for (int k = m.firstToken(); k <= m.lastToken(); k++) {
                covered[k] = true;
            }
        }
        for (Match m : found) {
            int f = m.firstToken();
            if (m.kind() == EntityKind.NONE || m.lastToken() == f || f < 2 || covered[f - 2]
                    || !CONJUNCTIONS.contains(tokens.get(f - 1).folded())) {
                continue;
            }
            List<MatchToken> phrase = new ArrayList<>();
            phrase.add(tokens.get(f - 2));
            phrase.addAll(tokens.subList(f + 1, m.lastToken() + 1));
            Longest best = new Longest();
            walk(lexicon.root(), phrase, 0, false, best);
            if (best.last == phrase.size() - 1 && best.entry.kind() == m.kind() && !best.entry.id().equals(m.entry().id())) {
                MatchToken x = tokens.get(f - 2);
                String surface = x.text() + " " + text.substring(tokens.get(f + 1).start(), m.end());
                out.add(new Match(best.entry, x.start(), m.end(), surface, f - 2, m.lastToken()));
            }
        }
        return out;
    }
}
