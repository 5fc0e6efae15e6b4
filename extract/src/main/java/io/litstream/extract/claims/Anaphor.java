package io.litstream.extract.claims;

import io.litstream.extract.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase pointing back to therapies named earlier: "these therapies", "this newly approved
 * approach", "such drugs", or a sentence-initial "It"/"They".
 *
 * @param plural   refers to several ("these substances") rather than one ("this therapy")
 * @param headNoun the noun that names what is referred to ("therapies"), or {@code null} for a pronoun
 * @param start    offset of the phrase in the sentence
 */
public record Anaphor(boolean plural, String headNoun, int start) {
    private static final Pattern DEMONSTRATIVE = Pattern.compile(
            "\\b(these|this|such|both|those|the latter|the former) ((?:[\\w]+[- ]){0,2}?)"
                    + "(therapy|therapies|treatment|treatments|approach|approaches|intervention|interventions|drug|drugs"
                    + "|medication|medications|compound|compounds|substance|substances|agent|agents|technique|techniques"
                    + "|procedure|procedures|modality|modalities|method|methods|cells|options|molecules|steroids"
                    + "|strategies|strategy|therapeutics)\\b");
    /** A pronoun opening the sentence (after an intro phrase at most) or a reported clause ("found it was"). */
    private static final Pattern PRONOUN = Pattern.compile("^(?:[^,;]{0,40}, )?(it|its|they|their)\\b"
            + "|\\b(?:that|found|finds|showed|shows|suggests?|suggested|demonstrated|concluded|reported) (it|they)\\b");
    /** Words between determiner and noun must be modifiers: "these trials used drugs" is no reference. */
    private static final Set<String> NOT_MODIFIERS = Set.of("AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "DET",
            "VBP", "VBZ", "VBD", "MD", "IN", "CC", "PRP", "DT");

    /** The first back-reference in a sentence, if any. */
    public static Optional<Anaphor> find(String sentence, List<Token> tokens) {
        String s = ClaimRules.normalise(sentence);
        Matcher d = DEMONSTRATIVE.matcher(s);
        while (d.find()) {
            if (!onlyModifiers(tokens, d.start(2), d.end(2))) {
                continue;
            }
            String determiner = d.group(1);
            String noun = d.group(3);
            boolean plural = determiner.equals("these") || determiner.equals("those") || determiner.equals("both")
                    || noun.endsWith("s") && !noun.endsWith("ss");
            return Optional.of(new Anaphor(plural, noun, d.start()));
        }
        Matcher p = PRONOUN.matcher(s);
        if (p.find()) {
            int group = p.group(1) != null ? 1 : 2;
            return Optional.of(new Anaphor(p.group(group).startsWith("the"), null, p.start(group)));
        }
        return Optional.empty();
    }

    private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && t.end() > t.start()) {
                boolean finiteVerb = t.pos().equals("VERB") && !t.text().endsWith("ed") && !t.text().endsWith("ing");
                if (finiteVerb || NOT_MODIFIERS.contains(t.pos())) {
                    return false;
                }
            }
        }
        return true;
    }
}
