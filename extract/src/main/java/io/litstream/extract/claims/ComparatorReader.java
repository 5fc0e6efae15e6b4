package io.litstream.extract.claims;

import io.litstream.topics.extraction.ComparatorKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a finding's sentence compares the intervention with: the phrase after "than", "versus",
 * "compared with", "relative to", "over" or "as ... as" ("than with placebo nasal spray", "versus
 * sertraline"), or the patients' own baseline ("from baseline"), with the kind of comparator each
 * is. Stateless and thread-safe.
 */
public final class ComparatorReader {
    /** A comparator named in a sentence, as written, and its kind. */
    public record Read(String text, ComparatorKind kind) {
    }

    private static final Pattern AFTER_COMPARISON = Pattern.compile(
            "\\b(?:than|versus|vs\\.?|v\\.|compared (?:with|to)|in comparison (?:with|to)|relative to|over|against"
                    + "|as (?:[\\w-]+ ){1,2}as)\\s+((?:those |patients |participants |subjects |women |men |children )?"
                    + "(?:(?:who |that )?(?:received?|receiving|given|treated with|taking|in|on|with|the|a|an)\\s+){0,3}"
                    + "[^,;:()\\[\\].]{2,60}?)(?=\\s*(?:[,;:()\\[\\]]|\\.(?:\\s|$)|$|\\s+(?:at|in|on|for|after|during|over"
                    + "|among|by|from|and|but|while|whereas|with|was|were|is|are|did|group|groups|arm|arms|patients"
                    + "|\\(|p\\s*[<=>])\\b))");
    private static final Pattern FROM_BASELINE = Pattern.compile(
            "\\b(?:from|since|over|versus|vs\\.?|compared (?:with|to)|relative to) (?:the )?(?:baseline|pre-?treatment"
                    + "|before treatment|pre-?intervention)\\b");
    /** Words a comparator phrase opens with that are no part of it. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:those|patients|participants|subjects|women|men|children|who|that|received?|receiving|given|treated"
                    + "|with|taking|in|on|the|a|an)\\s+)+");
    private static final Pattern PLACEBO = Pattern.compile("\\bplacebos?\\b|\\bdummy\\b|\\bvehicle\\b|\\bsaline\\b");
    private static final Pattern SHAM = Pattern.compile("\\bsham\\b");
    private static final Pattern WAITLIST = Pattern.compile("\\bwait(?:ing)?[- ]?list\\w*\\b");
    private static final Pattern USUAL_CARE = Pattern.compile(
            "\\b(?:usual care|treatment as usual|tau|standard (?:of )?care|standard treatment|routine care|no treatment"
                    + "|no intervention|untreated|controls?|control (?:group|arm|condition)|attention control)\\b");
    private static final Pattern BASELINE = Pattern.compile("\\b(?:baseline|pre-?treatment|before treatment)\\b");
    /** What a comparison phrase names when it is no arm ("than expected", "over time"). */
    private static final Pattern NO_ARM = Pattern.compile(
            "^(?:\\d|time|expected|usual$|before$|previously|reported|that|this|those of|in the|once|twice|half"
                    + "|one|two|three|the first|the same|weeks?|months?|days?|years?|hours?)");

    /** The comparator the sentence names, if any. */
    public Optional<Read> read(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean sameLength = lower.length() == sentence.length();
        Matcher m = AFTER_COMPARISON.matcher(lower);
        while (m.find()) {
            Matcher lead = LEADING.matcher(m.group(1));
            int from = m.start(1) + (lead.find() ? lead.end() : 0);
            if (from >= m.end(1)) {
                continue;
            }
            String phrase = lower.substring(from, m.end(1)).strip();
            if (phrase.length() < 2 || NO_ARM.matcher(phrase).find()) {
                continue;
            }
            String written = (sameLength ? sentence : lower).substring(from, m.end(1)).strip();
            return Optional.of(new Read(written, kindOf(phrase)));
        }
        Matcher baseline = FROM_BASELINE.matcher(lower);
        if (baseline.find()) {
            return Optional.of(new Read("baseline", ComparatorKind.BASELINE));
        }
        return Optional.empty();
    }

    /** The kind of a comparator by its words; another treatment when it names none of the inactive kinds. */
    public static ComparatorKind kindOf(String comparator) {
        String s = comparator.toLowerCase(Locale.ROOT);
        if (SHAM.matcher(s).find()) {
            return ComparatorKind.SHAM;
        }
        if (PLACEBO.matcher(s).find()) {
            return ComparatorKind.PLACEBO;
        }
        if (WAITLIST.matcher(s).find()) {
            return ComparatorKind.WAITLIST;
        }
        if (USUAL_CARE.matcher(s).find()) {
            return ComparatorKind.USUAL_CARE;
        }
        return BASELINE.matcher(s).find() ? ComparatorKind.BASELINE : ComparatorKind.ACTIVE;
    }
}
