package io.litstream.extract.claims;

import io.litstream.extract.lexicon.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A trial of the therapy its title names first against another ("Ketamine holds its own against
 * ECT", "The comparison of alfentanil and remifentanil"): a result that sets the two side by side
 * in one clause ("no difference between psilocybin and escitalopram", "55% of the ketamine group
 * and 41% of the ECT group") is a finding about the title's therapy, the other being its
 * comparator, so the other gets no claim of its own there. A therapy also named in a clause of
 * its own ("..., but remifentanil caused more nausea") keeps its claim, read from that clause. A
 * sentence about the two arms as a pair that names neither ("similar in the two groups") is about
 * the title's therapy. One instance per article, fed every sentence's therapies in order.
 *
 * <p>The title is searched for the names the sentences use rather than matched on its own: the
 * tagger that finds therapies the lexicon lacks reads only sentences that can carry findings.
 */
final class HeadToHead {
    /** A sentence about the arms as a pair, whose therapies were carried over from the sentence before. */
    private static final Pattern BOTH_ARMS = Pattern.compile("\\b(?:groups|arms|both|two|either)\\b");

    private final String title;
    /** The therapy seen so far that the title names first, and where the title names it. */
    private TherapyRef lead;
    private int leadAt = Integer.MAX_VALUE;

    /** @param title the article's title, or null when it has none */
    HeadToHead(String title) {
        this.title = title == null ? "" : title.toLowerCase(Locale.ROOT);
    }

    /** The therapies a sentence's claims are about, without the title therapy's comparator where they share a clause. */
    List<TherapyRef> subjects(AnnotatedSentence s, List<TherapyRef> therapies) {
        for (TherapyRef t : therapies) {
            int at = inTitle(t);
            if (at < leadAt) {
                leadAt = at;
                lead = t.borrowed();
            }
        }
        if (lead == null || therapies.isEmpty()) {
            return therapies;
        }
        TherapyRef main = therapies.stream().filter(t -> sameTherapy(t, lead)).findFirst().orElse(null);
        if (therapies.stream().allMatch(t -> t.start() < 0)) {
            // carried over from a head-to-head result, or about "the two groups": the title therapy's finding
            boolean titleTherapies = therapies.stream().allMatch(t -> inTitle(t) < Integer.MAX_VALUE);
            if (titleTherapies && main != null) {
                return List.of(main);
            }
            return titleTherapies && BOTH_ARMS.matcher(s.text().toLowerCase(Locale.ROOT)).find()
                    ? List.of(lead) : therapies;
        }
        if (main == null || therapies.size() < 2 || main.start() < 0) {
            return therapies;
        }
        int[] shared = ClaimExtractor.clauseAround(s.text(), main.start());
        List<TherapyRef> out = new ArrayList<>();
        for (TherapyRef t : therapies) {
            if (t == main || t.start() < shared[0] || t.start() >= shared[1]) {
                out.add(t);
                continue;
            }
            // a later mention outside the title therapy's clause is a finding of its own
            for (Match m : s.therapies()) {
                if (m.entry().id().equals(t.entry().id()) && (m.start() < shared[0] || m.start() >= shared[1])) {
                    out.add(new TherapyRef(t.entry(), m.surface(), m.start()));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean sameTherapy(TherapyRef a, TherapyRef b) {
        return a.entry().id().equals(b.entry().id());
    }

    /** Where the title first names the therapy (by the words the text used, or its name); MAX_VALUE when it does not. */
    private int inTitle(TherapyRef t) {
        return Math.min(wordAt(t.surface()), wordAt(t.entry().name()));
    }

    private int wordAt(String name) {
        if (name == null || name.isBlank()) {
            return Integer.MAX_VALUE;
        }
        String n = name.toLowerCase(Locale.ROOT).strip();
        for (int i = title.indexOf(n); i >= 0; i = title.indexOf(n, i + 1)) {
            int end = i + n.length();
            if ((i == 0 || !Character.isLetterOrDigit(title.charAt(i - 1)))
                    && (end == title.length() || !Character.isLetterOrDigit(title.charAt(end)))) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
