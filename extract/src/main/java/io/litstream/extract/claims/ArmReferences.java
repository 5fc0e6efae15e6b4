package io.litstream.extract.claims;

import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.extract.lexicon.Match;
import io.litstream.topics.extraction.ArmNames;
import io.litstream.topics.extraction.TrialArm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a result sentence's references to the article's trial arms, for a sentence that names no
 * therapy the lexicon knows as its subject: an arm written as the tagger found it elsewhere in the
 * article ("HYBRID", "the SLED group", "those receiving TDF+PI/r"), the short form an arm defines
 * ("high-intensity training (HIT)" makes "HIT" the arm), or the intervention arm by its role ("the
 * intervention group", "the experimental arm", "between the two groups"). The subject is the
 * first arm referred to outside a comparator's clause ("HIT ... compared with MCT": HIT);
 * a comparator arm ("the control group improved") is never one, so it gets no claim of its own.
 *
 * <p>An arm that maps to a therapy is that therapy. One that maps to none is keyed
 * {@link ArmNames#idOf} ({@code arm:<name>}), named as the sentence writes it: the id the
 * aggregate counts the arm itself under, so the claim reaches a summary once the arm recurs; an arm whose name is only generic
 * words ("group B") gives no claim. One per article.
 *
 * <p>Read with the article's sentences, two more ways of writing an arm resolve: a label the
 * methods give an arm ("group A received sertraline", "sertraline (group A)", "Group 2:
 * placebo"), so that "scores fell more in group A than in group B" is about sertraline and a label
 * given to a control is never a subject; and a short form the article defines for an arm the tagger
 * found without it ("intensive group intervention (IGI)" where the arm is "intensive group
 * intervention"), so that "IGI improved ..." is about that arm.
 */
final class ArmReferences {
    /** Longer arm spans are descriptions ("providing customised feedback to ..."), never written again verbatim. */
    private static final int MAX_WORDS = 5;
    private static final Pattern TRIM = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:either|both|a|an|the|of|to|with|in|on)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    /** "high-intensity training (HIT)": the arm's short form, which the results then use. */
    private static final Pattern SHORT_FORM = Pattern.compile("^(.*?)\\s*\\(([^()]{2,20})\\)?$");
    /** The intervention arm named by its role. */
    private static final Pattern BY_ROLE = Pattern.compile("\\b(?:intervention|experimental|treatment|treated|active"
            + "|study) (?:groups?|arms?|conditions?|patients|participants|subjects)\\b");
    /** After an arm's words, these make it the arm ("the SLED group", "HIIT-treated patients"). */
    private static final Pattern ARM_AFTER = Pattern.compile("^[\\s-]*(?:treated |based |alone |only )?(?:groups?|arms?"
            + "|conditions?|cohorts?|subgroups?|patients|participants|subjects|recipients|users)\\b");
    /** Before an arm's words, these make it the arm ("those receiving HIT", "patients on TDF+PI/r"). */
    private static final Pattern ARM_BEFORE = Pattern.compile("\\b(?:receiving|received|taking|took|treated with|given"
            + "|allocated to|assigned to|randomi[sz]ed to|on|after|following|with)\\s+(?:the\\s+)?$");
    /** "group A", "Group 2", "arm II": a label the methods give an arm, the letter or number as written. */
    private static final Pattern LABEL = Pattern.compile("\\b(?:[Gg]roups?|GROUPS?|[Aa]rms?|ARMS?)\\s+([A-D]|I{1,3}|IV|[1-4])"
            + "(?![\\p{L}\\p{N}.,]\\d)\\b");
    /** How far past a label its definition ("group A (n = 32) received oral sertraline") is looked for. */
    private static final int DEFINITION_CHARS = 120;
    /** What ends a label's definition: the clause. */
    private static final Pattern DEFINITION_END = Pattern.compile("[;.]\\s|\\band\\s+(?:the\\s+)?(?:[Gg]roup|[Aa]rm)");
    /** "intensive group intervention (IGI)": a short form written right after an arm's words. */
    private static final Pattern DEFINED_SHORT_FORM = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9+/-]{1,9})\\)");
    /** The control side of a comparison, when no comparator arm is written as such. */
    private static final Pattern CONTROL = Pattern.compile("\\b(?:placebo|sham|controls?|usual care|waitlist|wait-list)\\b");
    /** What a comparison of all arms says of the groups as enrolled, not of what the treatments did. */
    private static final Pattern BASELINE = Pattern.compile("\\b(?:baseline|age|sex|gender|demographic\\w*|enrol\\w*"
            + "|randomi[sz]ation)\\b");
    /** A comparison between all arms that names none of them. */
    private static final Pattern ALL_ARMS = Pattern.compile("\\b(?:between|among|across|in|for) (?:the )?(?:both|two"
            + "|three|four|all|either|each)? ?(?:treatment |study |intervention )?(?:groups|arms)\\b"
            + "|\\b(?:in|for) (?:both|either|all) (?:the )?(?:treatment |study |intervention )?(?:groups?|arms?)\\b"
            + "|\\bbetween (?:the )?(?:treatments|interventions|conditions|groups)\\b");

    /** What an arm reference resolves to. */
    private record Target(LexiconEntry entry, String written) {
        /** Whether both name one therapy (by id), or both are the control. */
        boolean sameTherapy(Target other) {
            return entry == null || other.entry == null ? entry == other.entry : entry.id().equals(other.entry.id());
        }
    }

    /** Arm words found in a sentence (lower case unless an all-capital short form) and what they refer to. */
    private record Name(Pattern words, boolean shortForm, Target target) {
    }

    /** Longest words first, so "SLED-BD" is not read as "SLED". */
    private final List<Name> names;
    private final Target main;
    /** Each arm label the article defines ("A", "2") and its arm; a label of a control maps to {@link #CONTROL_ARM}. */
    private final Map<String, Target> labels;
    private static final Target CONTROL_ARM = new Target(null, "control");

    /**
     * @param arms      the article's trial arms
     * @param sentences every sentence of the article, in order: they name the therapies a mapped
     *                  arm resolves to, and define the arms' labels and short forms
     */
    ArmReferences(List<TrialArm> arms, List<AnnotatedSentence> sentences) {
        this(arms, therapiesOf(sentences), sentences);
    }

    /**
     * @param arms      the article's trial arms
     * @param therapies every lexicon therapy the article names, by id (a mapped arm resolves to its entry)
     */
    ArmReferences(List<TrialArm> arms, Map<String, LexiconEntry> therapies) {
        this(arms, therapies, List.of());
    }

    private ArmReferences(List<TrialArm> arms, Map<String, LexiconEntry> therapies, List<AnnotatedSentence> sentences) {
        String articleText = sentences.isEmpty() ? "" : String.join("\n", sentences.stream().map(AnnotatedSentence::text)
                .toList());
        Map<String, Target> byWords = new HashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Target> byKey = new HashMap<>();
        for (TrialArm a : arms) {
            String text = closed(LEADING.matcher(TRIM.matcher(a.text()).replaceAll("")).replaceAll(""));
            if (a.role() != TrialArm.Role.INTERVENTION) {
                continue;
            }
            Optional<Target> target = target(a, text, therapies);
            if (target.isEmpty()) {
                continue;
            }
            String key = target.get().entry().id();
            counts.merge(key, 1, Integer::sum);
            byKey.merge(key, target.get(), (x, y) -> y.written().length() > x.written().length() ? y : x);
            for (String words : surfaces(text)) {
                byWords.putIfAbsent(folded(words), target.get());
            }
            definedShortForm(text, articleText).ifPresent(abbreviation -> byWords.putIfAbsent(abbreviation, target.get()));
        }
        names = byWords.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Target> e) -> -e.getKey().length()))
                .map(e -> new Name(wordPattern(e.getKey()), isShortForm(e.getKey()),
                        byKey.get(e.getValue().entry().id())))
                .toList();
        main = counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> therapies.containsKey(e.getKey())))
                .map(e -> byKey.get(e.getKey())).orElse(null);
        labels = labels(sentences);
    }

    /**
     * The short form the article writes right after the arm's words, when the arm's own text has
     * none: "intensive group intervention (IGI)" gives "IGI".
     */
    private static Optional<String> definedShortForm(String arm, String text) {
        if (SHORT_FORM.matcher(arm).matches() && arm.endsWith(")") || arm.length() < 4) {
            return Optional.empty();
        }
        for (int at = text.indexOf(arm); at >= 0; at = text.indexOf(arm, at + 1)) {
            Matcher m = DEFINED_SHORT_FORM.matcher(text.substring(at + arm.length(),
                    Math.min(text.length(), at + arm.length() + 14)));
            if (m.find() && isShortForm(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * The arm each label stands for, from the sentences that define it: the first arm or therapy
     * written in the label's clause ("group A (n = 30) received sertraline") or just before it
     * in parentheses ("sertraline (group A)"), a control when a control word comes first. A label
     * defined as two different arms is dropped: it cannot be told which is meant.
     */
    private Map<String, Target> labels(List<AnnotatedSentence> sentences) {
        Map<String, Target> out = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (AnnotatedSentence s : sentences) {
            String text = s.text();
            if (text.length() > SentenceReadings.MAX_SENTENCE_CHARS || !mayHoldLabel(text)) {
                continue;
            }
            Matcher m = LABEL.matcher(text);
            while (m.find()) {
                Optional<Target> defined = definition(s, m.start(), m.end());
                if (defined.isEmpty() || ambiguous.contains(m.group(1))) {
                    continue;
                }
                Target before = out.putIfAbsent(m.group(1), defined.get());
                if (before != null && !before.sameTherapy(defined.get())) {
                    out.remove(m.group(1));
                    ambiguous.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** A cheap test before {@link #LABEL}, in each of the cases it accepts ("group", "GROUP", "arm", "ARM"). */
    private static boolean mayHoldLabel(String text) {
        return text.contains("roup") || text.contains("ROUP") || text.contains("rm") || text.contains("RM");
    }

    private Optional<Target> definition(AnnotatedSentence s, int labelStart, int labelEnd) {
        String text = s.text();
        int open = text.lastIndexOf('(', labelStart);
        if (open >= 0 && text.substring(open + 1, labelStart).isBlank()) {
            // "sertraline (group A)": the arm written just before
            Optional<Target> written = lastBefore(s, open);
            if (written.isPresent()) {
                return written;
            }
        }
        int end = Math.min(text.length(), labelEnd + DEFINITION_CHARS);
        Matcher stop = DEFINITION_END.matcher(text).region(labelEnd, end);
        if (stop.find()) {
            end = stop.start();
        }
        Matcher next = LABEL.matcher(text).region(labelEnd, end);
        if (next.find()) {
            end = next.start();
        }
        return firstIn(s, labelEnd, end);
    }

    /** The first arm, therapy or control written in {@code [from, to)} of the sentence. */
    private Optional<Target> firstIn(AnnotatedSentence s, int from, int to) {
        String window = s.text().substring(from, to);
        int best = Integer.MAX_VALUE;
        Target found = null;
        Matcher control = CONTROL.matcher(window.toLowerCase(Locale.ROOT));
        if (control.find()) {
            best = control.start();
            found = CONTROL_ARM;
        }
        for (Match t : s.therapies()) {
            if (t.start() >= from && t.start() < to && t.start() - from < best) {
                best = t.start() - from;
                found = new Target(t.entry(), t.surface());
            }
        }
        String lower = window.toLowerCase(Locale.ROOT);
        for (Name n : names) {
            Matcher m = n.words().matcher(n.shortForm() ? window : lower);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = n.target();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The arm or therapy written last before {@code at}, ending within a few characters of it. */
    private Optional<Target> lastBefore(AnnotatedSentence s, int at) {
        int from = Math.max(0, at - 60);
        Optional<Target> found = Optional.empty();
        int bestEnd = -1;
        for (Match t : s.therapies()) {
            if (t.end() <= at && t.end() > bestEnd && t.start() >= from) {
                bestEnd = t.end();
                found = Optional.of(new Target(t.entry(), t.surface()));
            }
        }
        String window = s.text().substring(from, at);
        String lower = window.toLowerCase(Locale.ROOT);
        for (Name n : names) {
            Matcher m = n.words().matcher(n.shortForm() ? window : lower);
            while (m.find()) {
                if (from + m.end() > bestEnd) {
                    bestEnd = from + m.end();
                    found = Optional.of(n.target());
                }
            }
        }
        return bestEnd >= at - 12 ? found : Optional.empty();
    }

    /** Builds the lookup of an article's therapies by id from its sentences. */
    static Map<String, LexiconEntry> therapiesOf(List<AnnotatedSentence> sentences) {
        Map<String, LexiconEntry> out = new HashMap<>();
        for (AnnotatedSentence s : sentences) {
            for (Match m : s.therapies()) {
                out.putIfAbsent(m.entry().id(), m.entry());
            }
        }
        return out;
    }

    /**
     * The arm the sentence is about, if it refers to one. Bare arm words count only in a sentence
     * that sets two sides against each other (another arm, or a control): the tagger also marks
     * outcome and scale names ("IPSS", "MTPM") as arms, and those stand alone; words written as an
     * arm ("the X group", "those receiving X") always count.
     */
    List<TherapyRef> subjects(String sentence) {
        if (main == null && labels.isEmpty()) {
            return List.of();
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        Target subject = null;
        int bestBare = Integer.MAX_VALUE;
        Target bare = null;
        List<int[]> taken = new ArrayList<>();
        Set<String> sides = new HashSet<>();
        for (Name n : names) {
            Matcher m = n.words().matcher(n.shortForm() ? sentence : lower);
            while (m.find()) {
                int at = m.start();
                int end = m.end();
                if (taken.stream().anyMatch(t -> at < t[1] && end > t[0])) {
                    continue;
                }
                taken.add(new int[] {at, end});
                sides.add(n.target().entry().id());
                if (Attribution.inComparatorClause(sentence, at)) {
                    continue;
                }
                boolean written = ARM_AFTER.matcher(lower.substring(end)).find()
                        || ARM_BEFORE.matcher(lower.substring(Math.max(0, at - 40), at)).find();
                if (written && at < best) {
                    best = at;
                    subject = n.target();
                } else if (!written && at < bestBare) {
                    bestBare = at;
                    bare = n.target();
                }
            }
        }
        if (!labels.isEmpty()) {
            Matcher label = LABEL.matcher(sentence);
            while (label.find()) {
                Target arm = labels.get(label.group(1));
                int at = label.start();
                if (arm == null || taken.stream().anyMatch(t -> at < t[1] && label.end() > t[0])) {
                    continue;
                }
                // a label is written as an arm: it counts like "the X group"
                if (arm != CONTROL_ARM && at < best && !Attribution.inComparatorClause(sentence, at)) {
                    best = at;
                    subject = arm;
                }
            }
        }
        if (subject == null && bare != null && (sides.size() > 1 || CONTROL.matcher(lower).find())) {
            best = bestBare;
            subject = bare;
        }
        Matcher role = BY_ROLE.matcher(lower);
        if (main != null && role.find() && role.start() < best
                && !Attribution.inComparatorClause(sentence, role.start())) {
            best = role.start();
            subject = main;
        }
        if (subject == null && main != null && ALL_ARMS.matcher(lower).find() && !BASELINE.matcher(lower).find()) {
            subject = main;
        }
        return subject == null ? List.of() : List.of(new TherapyRef(subject.entry(), subject.written(),
                best == Integer.MAX_VALUE ? -1 : best));
    }

    private static Optional<Target> target(TrialArm a, String text, Map<String, LexiconEntry> therapies) {
        if (a.therapy() != null) {
            LexiconEntry mapped = therapies.get(a.therapy());
            return mapped == null ? Optional.empty() : Optional.of(new Target(mapped, text));
        }
        if (text.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        return ArmNames.idOf(text).map(id -> new Target(
                // an arm no lexicon knows: an entry of its own, so the claim flows as any therapy's does
                new LexiconEntry(id, text, EntityKind.THERAPY, null, List.of(), null), text));
    }

    /** Trimming takes the closing parenthesis of "training (HIT)" with the rest of the punctuation: put it back. */
    private static String closed(String text) {
        return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count() ? text + ")" : text;
    }

    /** The arm's words, and its short form and long form when it defines one. */
    private static List<String> surfaces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SHORT_FORM.matcher(text);
        if (m.matches() && !m.group(1).isBlank()) {
            out.add(m.group(1));
            out.add(m.group(2).strip());
        } else {
            out.add(text);
        }
        return out.stream().filter(s -> s.length() >= 2 && ArmNames.of(s).isPresent()).toList();
    }

    /** An all-capital short form ("HIT", "SLED") is matched as written: lower-cased it is a common word. */
    private static String folded(String words) {
        return isShortForm(words) ? words : words.toLowerCase(Locale.ROOT);
    }

    private static boolean isShortForm(String words) {
        return words.length() <= 8 && words.equals(words.toUpperCase(Locale.ROOT)) && words.chars().anyMatch(Character::isLetter);
    }

    private static Pattern wordPattern(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
    }
}
