package io.litstream.extract.claims;

import io.litstream.topics.extraction.Outcome;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.OutcomeMeasure.Sense;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome a finding's sentence reports: the common depression scales and trial outcomes by
 * name ("MADRS total score", "HDRS", "remission rates", "adverse events"), else the first phrase
 * that names something measured ("serum cortisol levels"). Also which way of an outcome is good for
 * the patient ({@link #sense}), which the direction of a finding needs. Stateless and thread-safe.
 */
public final class OutcomeReader {
    private record Known(OutcomeMeasure measure, Pattern pattern) {
    }

    private static final String TAIL = "(?:[- ](?:total|17|21|24|ii))*(?:\\s+(?:total\\s+)?(?:scores?|ratings?|rates?|scales?))?";
    /** Scales before the generic outcomes, so "MADRS response" is the MADRS. */
    private static final List<Known> KNOWN = List.of(
            known(OutcomeMeasure.HAM_D, "ham-?d(?:-?\\d+)?|hdrs(?:-?\\d+)?|hrsd(?:-?\\d+)?|hamilton (?:rating scale for depression"
                    + "|depression rating scale|depression scale|scale)"),
            known(OutcomeMeasure.MADRS, "madrs|montgomery[- ](?:å|a)sberg(?: depression rating scale)?"),
            known(OutcomeMeasure.BDI, "bdi(?:-?ii)?|beck depression inventory(?:[- ]ii)?"),
            known(OutcomeMeasure.PHQ_9, "phq-?9|patient health questionnaire(?:-9)?"),
            known(OutcomeMeasure.CES_D, "ces-?d|center for epidemiologic(?:al)? studies depression(?: scale)?"),
            known(OutcomeMeasure.EPDS, "epds|edinburgh postnatal depression scale"),
            known(OutcomeMeasure.HADS, "hads(?:-d)?|hospital anxiety and depression scale"),
            known(OutcomeMeasure.GDS, "gds(?:-\\d+)?|geriatric depression scale"),
            known(OutcomeMeasure.CGI, "cgi(?:-[si])?|clinical global impressions?(?: scale)?"),
            known(OutcomeMeasure.QIDS, "qids(?:-sr)?(?:-?16)?|quick inventory of depressive symptomatology"),
            known(OutcomeMeasure.REMISSION, "remission|remitters?|remitted"),
            known(OutcomeMeasure.RESPONSE, "(?:treatment |clinical )?respon(?:se|ders?)"),
            known(OutcomeMeasure.RELAPSE, "relapses?|recurrences?"),
            known(OutcomeMeasure.SUICIDALITY, "suicid\\w*"),
            known(OutcomeMeasure.ADVERSE_EVENTS, "(?:serious |treatment-emergent )?adverse (?:events?|effects?|reactions?)"
                    + "|side[- ]effects?"),
            known(OutcomeMeasure.DROPOUT, "drop-?outs?|discontinuations?|withdrawals?"));
    /** Something measured: a score, level, rate or symptom phrase of up to four words. */
    private static final Pattern OTHER = Pattern.compile(
            "\\b((?:[\\p{L}\\d-]+ ){0,3}?(?:scores?|levels?|rates?|symptoms|severity|pain|mortality|incidence|concentrations?"
                    + "|duration|quality of life|anxiety|depression|depressive symptoms|insomnia|sleep quality|well-?being"
                    + "|survival|risk|complications|infections?|length of stay|satisfaction|function(?:ing)?))\\b");
    /**
     * A word before the outcome's head that is no part of it: a verb or adverb ("reduced",
     * "significantly"), an article or preposition, a comparative.
     */
    private static final Pattern NOT_OUTCOME_WORD = Pattern.compile(
            "the|a|an|in|on|of|and|or|with|than|by|to|for|their|its|his|her|was|were|is|are|had|has|have|mean|greater"
                    + "|lower|higher|more|less|fewer|reduction|improvement|decrease|increase|change|all|both|\\p{L}+(?:ed|ly|ing|es)");
    private static final Pattern WORSE_WHEN_HIGHER = Pattern.compile(
            "\\b(?:symptoms?|severity|pain|mortality|death|deaths|incidence|risk|complications?|infections?|nausea"
                    + "|vomiting|toxicity|adverse|side[- ]effects?|relapses?|recurrences?|suicid\\w*|depress\\w*|anxiety"
                    + "|insomnia|fatigue|distress|stress|length of stay|hospitali[sz]ation|failure|dropouts?|drop-outs?"
                    + "|discontinuation|hamd|ham-d|hdrs|madrs|bdi|phq|ces-d|epds|hads|gds|qids|cgi-s|disability|bleeding"
                    + "|blood loss|dyspn\\w*|exacerbations?|readmissions?|morbidity)\\b");
    private static final Pattern BETTER_WHEN_HIGHER = Pattern.compile(
            "\\b(?:response|responders?|remission|survival|quality of life|qol|well-?being|satisfaction|success|healing"
                    + "|recovery|cure|abstinence|adherence|functioning|self-esteem|resilience|sleep quality)\\b");

    private static Known known(OutcomeMeasure measure, String names) {
        return new Known(measure, Pattern.compile("\\b(?:" + names + ")" + TAIL + "(?![\\p{L}\\d])"));
    }

    /** The outcome of a sentence, if it names one. */
    public Optional<Outcome> read(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean sameLength = lower.length() == sentence.length();
        Known first = null;
        Matcher firstMatch = null;
        for (Known k : KNOWN) {
            Matcher m = k.pattern().matcher(lower);
            if (m.find() && (first == null || isScale(k.measure()) && !isScale(first.measure())
                    || isScale(k.measure()) == isScale(first.measure()) && m.start() < firstMatch.start())) {
                first = k;
                firstMatch = m;
            }
        }
        if (first != null) {
            return Optional.of(new Outcome(written(sentence, lower, sameLength, firstMatch.start(), firstMatch.end()),
                    first.measure()));
        }
        Matcher m = OTHER.matcher(lower);
        if (m.find()) {
            int from = m.start(1);
            String[] words = m.group(1).split(" ");
            // the head (last word) always stays; words before it only back to the first that is no part of it
            int keep = words.length - 1;
            while (keep > 0 && !NOT_OUTCOME_WORD.matcher(words[keep - 1]).matches()) {
                keep--;
            }
            for (int i = 0; i < keep; i++) {
                from += words[i].length() + 1;
            }
            return Optional.of(new Outcome(written(sentence, lower, sameLength, from, m.end(1)), OutcomeMeasure.OTHER));
        }
        return Optional.empty();
    }

    /** Which way of an outcome is good for the patient: the measure's own, else read from the words of its name. */
    public static Sense sense(Outcome outcome) {
        return outcome.measure() != OutcomeMeasure.OTHER ? outcome.measure().sense() : sense(outcome.text());
    }

    /**
     * Which way of an outcome named in words is good: "pain", "mortality", "HAM-D score" lower;
     * "response", "quality of life" higher; unknown for the rest ("heart rate", "cortisol").
     */
    public static Sense sense(String outcomeText) {
        if (outcomeText == null) {
            return Sense.UNKNOWN;
        }
        String s = outcomeText.toLowerCase(Locale.ROOT);
        boolean higher = BETTER_WHEN_HIGHER.matcher(s).find();
        boolean lower = WORSE_WHEN_HIGHER.matcher(s).find();
        if (higher == lower) {
            return Sense.UNKNOWN;
        }
        return higher ? Sense.HIGHER_IS_BETTER : Sense.LOWER_IS_BETTER;
    }

    private static boolean isScale(OutcomeMeasure m) {
        return m.sense() == Sense.LOWER_IS_BETTER && m.ordinal() <= OutcomeMeasure.QIDS.ordinal();
    }

    private static String written(String sentence, String lower, boolean sameLength, int from, int to) {
        return (sameLength ? sentence : lower).substring(from, to).strip();
    }
}
