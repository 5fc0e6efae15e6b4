package io.litstream.extract.ner;

import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.extract.lexicon.Match;
import io.litstream.extract.nlp.Sentence;
import io.litstream.extract.nlp.TextNormalizer;
import io.litstream.extract.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Therapies the lexicon does not know, found by the trained name finders ({@link NerModels}) and
 * kept only when they are plausible as a depression treatment:
 * <ul>
 *   <li>the sentence states a finding (the claim rules read a claim type in it), so a chemical
 *       merely listed in a methods section or a teaser is not taken;</li>
 *   <li>the mention overlaps no lexicon match of any kind (therapy, mechanism, or a blocked phrase
 *       of {@code not-entities.tsv}): the lexicon's decision wins;</li>
 *   <li>after trimming generic words from either end ({@code generic-words.txt}: function words,
 *       doses, routes, "placebo", "treatment", "patients"), something specific is left, with at
 *       least one letter and three characters, and no blocking word (diseases, outcomes, body
 *       parts, substances of abuse);</li>
 *   <li>it is at most {@value #MAX_WORDS} words, none of them a verb, adverb, pronoun,
 *       determiner or conjunction (by the pipeline's POS tags).</li>
 * </ul>
 * An accepted mention becomes a therapy with a canonical id derived from the normalised mention
 * (words folded as the lexicon folds them: lower case, plural folded, accents and Greek letters
 * spelled out; joined by hyphens, e.g. "Xylitol gums" → {@code xylitol-gum}) and category
 * {@value #CATEGORY}, because the models say that something is a treatment, not which type.
 *
 * <p>Stateless apart from the shared word lists; thread-safe. The per-thread model state lives in
 * the {@link ModelMentionFinder} passed in.
 */
public final class ModelTherapies {
    /** The category of a therapy found only by a model. */
    public static final String CATEGORY = "UNCLASSIFIED";
    static final int MAX_WORDS = 5;
    /** Longer "sentences" are tables or run-on page text, which state no finding (as in the claim rules). */
    static final int MAX_SENTENCE = 1500;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** Universal and Penn tags of words that are never inside a therapy's name. */
    private static final Set<String> NON_NOMINAL = Set.of("ADV", "PRON", "CCONJ", "SCONJ", "DET", "PART",
            "RB", "RBR", "RBS", "PRP", "PRP$", "CC", "WDT", "WP", "WRB", "DT");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    private final Set<String> generic;
    private final Set<String> blocking;

    public ModelTherapies(Set<String> generic, Set<String> blocking) {
        this.generic = Set.copyOf(generic);
        this.blocking = Set.copyOf(blocking);
    }

    /** With the shipped {@code generic-words.txt}. */
    public static ModelTherapies shipped() {
        return Shared.INSTANCE;
    }

    /**
     * The new therapies in one sentence.
     *
     * @param sentence       the sentence
     * @param lexiconMatches everything the lexicon matched in it, blocked phrases included
     * @param finder         this thread's model finder, already started on the document
     */
    public List<Match> find(Sentence sentence, List<Match> lexiconMatches, ModelMentionFinder finder,
            FindingSentences findings) {
        // no hasVerb() here: it may need POS tags, which the pipeline computes lazily and which
        // cost more than the models; the tags are read only for a mention that passed the rest
        if (!finder.hasModels() || sentence.text().length() > MAX_SENTENCE
                || !findings.statesFinding(sentence, mentionsMechanism(lexiconMatches))) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        for (ModelMention m : finder.find(sentence.text(), sentence.tokens(), sentence.index())) {
            if (lexiconMatches.stream().anyMatch(x -> m.overlaps(x.start(), x.end()))
                    || out.stream().anyMatch(x -> m.overlaps(x.start(), x.end()))) {
                continue;
            }
            Match accepted = accept(sentence.text(), m.start(), m.end());
            if (accepted != null && (!sentence.hasVerb() || hasNonNominal(sentence, accepted.start(), accepted.end()))) {
                accepted = null;
            }
            if (accepted != null) {
                out.add(accepted);
            }
        }
        return out;
    }

    /**
     * Whether a token of {@code [start, end)} is a verb, adverb, pronoun or conjunction: a
     * therapy's name is a noun phrase, and a model span reaching into "... did not" is a
     * decoding slip, not a name.
     */
    static boolean hasNonNominal(Sentence sentence, int start, int end) {
        for (Token t : sentence.tokens()) {
            if (t.start() < end && start < t.end() && (t.isVerb() || NON_NOMINAL.contains(t.pos()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsMechanism(List<Match> lexiconMatches) {
        return lexiconMatches.stream().anyMatch(x -> x.kind() == EntityKind.MECHANISM);
    }

    /** The therapy the characters {@code [start, end)} of {@code text} name, or null when they name none. */
    Match accept(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(start, end);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int from = 0;
        int to = words.size();
        while (from < to && isGeneric(text, words.get(from))) {
            from++;
        }
        while (to > from && isGeneric(text, words.get(to - 1))) {
            to--;
        }
        if (from == to || to - from > MAX_WORDS) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String key = key(text, words.get(i));
            if (blocking.contains(key)) {
                return null;
            }
            keys.add(key);
        }
        int s = words.get(from)[0];
        int e = words.get(to - 1)[1];
        String surface = text.substring(s, e);
        if (surface.length() < 3 || !HAS_LETTER.matcher(surface).find()) {
            return null;
        }
        String name = surface.replaceAll("\\s+", " ");
        LexiconEntry entry = new LexiconEntry(String.join("-", keys), name, EntityKind.THERAPY, CATEGORY,
                List.of(), null);
        return new Match(entry, s, e, name, -1, -1);
    }

    /** The canonical id a mention gets: folded words joined by hyphens. */
    public static String canonicalId(String mention) {
        List<String> keys = new ArrayList<>();
        Matcher w = WORD.matcher(mention);
        while (w.find()) {
            keys.add(TextNormalizer.fold(w.group()));
        }
        return String.join("-", keys);
    }

    private boolean isGeneric(String text, int[] word) {
        String key = key(text, word);
        return generic.contains(key) || key.chars().allMatch(Character::isDigit);
    }

    private static String key(String text, int[] word) {
        return TextNormalizer.fold(text.substring(word[0], word[1]));
    }

    /** Reads a word list in the {@code generic-words.txt} format. */
    public static ModelTherapies read(InputStream in) throws IOException {
        Set<String> generic = new HashSet<>();
        Set<String> blocking = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String word = line.strip();
            if (word.isEmpty() || word.startsWith("#")) {
                continue;
            }
            if (word.startsWith("!")) {
                blocking.add(TextNormalizer.fold(word.substring(1).toLowerCase(Locale.ROOT)));
            } else {
                generic.add(TextNormalizer.fold(word.toLowerCase(Locale.ROOT)));
            }
        }
        return new ModelTherapies(generic, blocking);
    }

    private static final class Shared {
        static final ModelTherapies INSTANCE = load();

        private static ModelTherapies load() {
            try (InputStream in = ModelTherapies.class.getResourceAsStream("generic-words.txt")) {
                if (in == null) {
                    throw new IOException("generic-words.txt missing beside " + ModelTherapies.class.getName());
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
