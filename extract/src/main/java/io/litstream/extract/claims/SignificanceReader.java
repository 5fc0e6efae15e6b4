package io.litstream.extract.claims;

import io.litstream.topics.extraction.StatedSignificance;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a finding's sentence states of significance ({@link StatedSignificance}): whether it says
 * so in words or numbers, which way, and its p-value, confidence interval and effect size as
 * written. The numbers decide over the words when they disagree, as in {@link ClaimRules}.
 * Stateless and thread-safe.
 */
final class SignificanceReader {
    /** A named effect size with its value; the short names only with "=" or a decimal ("OR 2.1", not "or 3 weeks"). */
    private static final Pattern EFFECT_SIZE = Pattern.compile(
            "\\b(?:(?:cohen'?s d|hedges'? g|effect sizes?|standardi[sz]ed mean difference|mean difference|odds ratio"
                    + "|hazard ratio|relative risk|risk ratio|number needed to treat)\\s*(?:=|:|of|was|,)?\\s*[−-]?\\d*[.·]?\\d+"
                    + "|(?:smd|wmd|md|or|hr|rr|aor|ahr|nnt|d|g)\\s*(?:=\\s*[−-]?\\d*[.·]?\\d+|[−-]?\\d+[.·]\\d+))");

    private SignificanceReader() {
    }

    static StatedSignificance read(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        String source = lower.length() == sentence.length() ? sentence : lower;
        String p = written(Significance.P_VALUE.matcher(lower), source);
        String ci = written(Significance.INTERVAL.matcher(lower), source);
        String effect = written(EFFECT_SIZE.matcher(lower), source);
        Significance.Reading numbers = Significance.read(lower);
        Boolean significant;
        if (numbers.significant() != numbers.notSignificant()) {
            significant = numbers.significant() > numbers.notSignificant();
        } else {
            significant = ClaimRules.significanceInWords(ClaimRules.normalise(sentence));
        }
        return new StatedSignificance(significant != null || numbers.any(), significant, p, ci, effect);
    }

    private static String written(Matcher m, String source) {
        return m.find() ? source.substring(m.start(), m.end()).strip() : null;
    }
}
