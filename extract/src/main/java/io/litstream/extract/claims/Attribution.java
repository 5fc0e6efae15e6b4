package io.litstream.extract.claims;

import io.litstream.extract.lexicon.Match;
import io.litstream.extract.lexicon.MatchToken;
import io.litstream.extract.lexicon.MatchTokenizer;
import io.litstream.extract.nlp.TextNormalizer;
import io.litstream.extract.structure.BlockKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which therapies a sentence is about, reading the article in order: the therapies it
 * names as subjects; else those a back-reference points to; else, for a list item, those of the
 * sentence that introduced the list; else (zero anaphora, for a sentence stating a finding) those
 * of the sentence just before in the same paragraph. One instance per article.
 *
 * <p>A therapy named only as a comparator or a failed prior treatment ("superior to SSRIs",
 * "patients resistant to SSRIs", "despite years on lithium") is not a subject, and a
 * back-reference opening the sentence ("These drugs act within hours, unlike SSRIs") takes
 * precedence over names that follow it.
 *
 * <p>A back-reference resolves to, in order: the latest therapies of the same paragraph; the
 * latest therapy, in this section or the one before, whose name contains the reference's noun
 * ("these therapies" to "psychedelic therapies"); the latest therapies of the section, heading
 * included. A singular reference takes the first therapy of that sentence, a plural one all.
 */
final class Attribution {
    /** How far back (in sentences) the noun of "these therapies" is looked for. */
    private static final int HEAD_NOUN_WINDOW = 12;
    /** Zero anaphora only bridges to the sentence just before (or the one before that). */
    private static final int ZERO_ANAPHORA_WINDOW = 2;
    /**
     * "sertraline, an SSRI" and "zuranolone is an oral neuroactive steroid": the second name
     * describes the first, it is not a second subject.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*(?:,|\\s(?:is|was|are|were|as))?\\s*\\(?\\s*(?:a|an|the|another|one)\\s+(?:[\\w-]+\\s+){0,2}$");
    /** Said of a therapy in the same clause, these make it a comparator or a failed treatment. */
    private static final Pattern COMPARATOR = Pattern.compile("\\b(?:than|versus|vs"
            + "|(?:advantage|advantages|superiority|preference|preferred|chosen|benefits?) over|compared (?:with|to)"
            + "|in comparison (?:with|to)|relative to|unlike|instead of|rather than|as opposed to|alternatives? to"
            + "|unresponsive to|resistant to|refractory to|(?:not|poorly) respond\\w* (?:[\\w-]+ )?to|despite|beyond"
            + "|add-on to|adjunct(?:ive)? to|in addition to|as (?:much|well|effective|good|safe) as"
            + "|combined with|in combination with|together with|augmented with|added to"
            + "|(?:equal|equivalent|similar|comparable|non-?inferior) to)\\b");
    /** "Adding aripiprazole (or T3) to sertraline": the drug added to is the base, not the subject. */
    private static final Pattern ADDED_TO = Pattern.compile("\\badd(?:ing|ed|s)?\\b[^.;:]{1,120}\\bto\\s*$");
    /** A clause is rarely longer than this; looking no further keeps long run-on "sentences" linear. */
    private static final int CLAUSE_LOOKBACK = 200;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\u2014]|\\s\\u2013\\s|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b");

    private final List<Seen> history = new ArrayList<>();

    private record Seen(AnnotatedSentence sentence, List<TherapyRef> therapies) {
    }

    /** The therapies {@code s} is about; call for every sentence of the article, in order. */
    List<TherapyRef> attribute(AnnotatedSentence s, Supplier<SentenceReading> reading) {
        List<Match> subjects = subjects(s);
        Optional<Anaphor> anaphor = Anaphor.find(s.text(), s.sentence().tokens());
        List<TherapyRef> therapies = List.of();
        if (anaphor.isPresent() && (subjects.isEmpty() || anaphor.get().start() < subjects.get(0).start())) {
            therapies = resolve(anaphor.get(), s);
        }
        if (therapies.isEmpty()) {
            therapies = refs(subjects);
        }
        if (therapies.isEmpty() && anaphor.isEmpty() && s.therapies().isEmpty()) {
            therapies = implicit(s, reading);
        }
        history.add(new Seen(s, therapies));
        return therapies;
    }

    /**
     * The therapies a sentence names as what it is about: not a class noun in apposition to a
     * named drug ("sertraline, an SSRI"), not a comparator or failed prior treatment.
     */
    private static List<Match> subjects(AnnotatedSentence s) {
        List<Match> out = new ArrayList<>();
        Match previous = null;
        for (Match m : s.therapies()) {
            boolean apposition = previous != null && m.start() >= previous.end()
                    && APPOSITION.matcher(s.text().substring(previous.end(), m.start())).matches();
            if (!apposition && !inComparatorClause(s.text(), m.start())) {
                out.add(m);
            }
            previous = m;
        }
        return out;
    }

    /** Whether a mention at {@code start} stands after a comparison or failure marker of its clause. */
    static boolean inComparatorClause(String text, int start) {
        String before = ClaimRules.normalise(text.substring(Math.max(0, start - CLAUSE_LOOKBACK), start));
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
        return COMPARATOR.matcher(before.substring(clauseStart)).find() || ADDED_TO.matcher(before).find();
    }

    private static List<TherapyRef> refs(List<Match> matches) {
        Map<String, TherapyRef> out = new LinkedHashMap<>();
        for (Match m : matches) {
            out.putIfAbsent(m.entry().id(), new TherapyRef(m.entry(), m.surface(), m.start()));
        }
        return List.copyOf(out.values());
    }

    private List<TherapyRef> resolve(Anaphor anaphor, AnnotatedSentence s) {
        List<TherapyRef> found = latestInBlock(s, Integer.MAX_VALUE);
        if (found.isEmpty() && anaphor.headNoun() != null) {
            found = byHeadNoun(anaphor.headNoun(), s);
        }
        if (found.isEmpty()) {
            found = latestInSection(s);
        }
        List<TherapyRef> referred = found.stream().map(TherapyRef::borrowed).toList();
        return anaphor.plural() || referred.isEmpty() ? referred : List.of(referred.get(0));
    }

    /** No name, no back-reference: a list item speaks of its lead-in's subject, a finding of the previous sentence's. */
    private List<TherapyRef> implicit(AnnotatedSentence s, Supplier<SentenceReading> reading) {
        if (s.block().kind() == BlockKind.LIST_ITEM && s.block().leadIn() >= 0) {
            for (int i = history.size() - 1; i >= 0; i--) {
                Seen seen = history.get(i);
                if (seen.sentence().block().index() == s.block().leadIn()) {
                    return seen.therapies().stream().map(TherapyRef::borrowed).toList();
                }
            }
        }
        List<TherapyRef> latest = latestInBlock(s, ZERO_ANAPHORA_WINDOW);
        if (latest.isEmpty()) {
            return List.of();
        }
        SentenceReading r = reading.get();
        return r.finding() && r.directional() ? latest.stream().map(TherapyRef::borrowed).toList() : List.of();
    }

    private List<TherapyRef> latestInBlock(AnnotatedSentence s, int window) {
        for (int i = history.size() - 1, seen = 0; i >= 0 && seen < window; i--, seen++) {
            Seen prior = history.get(i);
            if (prior.sentence().block().index() != s.block().index()) {
                break;
            }
            if (!prior.therapies().isEmpty()) {
                return prior.therapies();
            }
        }
        return List.of();
    }

    private List<TherapyRef> byHeadNoun(String noun, AnnotatedSentence s) {
        String key = TextNormalizer.fold(noun);
        int section = s.block().section();
        for (int i = history.size() - 1, seen = 0; i >= 0 && seen < HEAD_NOUN_WINDOW; i--, seen++) {
            Seen prior = history.get(i);
            if (prior.sentence().block().section() < section - 1) {
                break;
            }
            List<Match> named = prior.sentence().therapies();
            for (int k = named.size() - 1; k >= 0; k--) {
                Match m = named.get(k);
                if (MatchTokenizer.tokenize(m.surface()).stream().map(MatchToken::folded).anyMatch(key::equals)) {
                    return List.of(new TherapyRef(m.entry(), m.surface(), -1));
                }
            }
        }
        return List.of();
    }

    private List<TherapyRef> latestInSection(AnnotatedSentence s) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Seen prior = history.get(i);
            if (prior.sentence().block().section() != s.block().section()) {
                break;
            }
            if (!prior.therapies().isEmpty()) {
                return prior.therapies();
            }
        }
        return List.of();
    }
}
