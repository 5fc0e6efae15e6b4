package io.litstream.extract.claims;

import static io.litstream.extract.claims.Cues.has;
import static io.litstream.extract.claims.Cues.words;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a sentence the cue rules read as a finding reports one at all: a claim is made only
 * from results, conclusions, a review's or regulator's statement, never from an article's
 * background, aims, hypotheses, methods, outcome definitions, baseline comparisons,
 * recommendations, questions or a therapy's regulatory status. Decided by the section the
 * sentence stands in (an abstract's labels, an article's headings) and by the sentence's own
 * wording; a page without such sections is judged by its wording alone. Stateless and thread-safe.
 */
public final class FindingFilter {
    /** Section names that report results; one of these anywhere in the heading wins. */
    private static final Pattern RESULT_SECTION = Pattern.compile(
            "\\b(?:results?|findings?|conclusions?|interpretation|discussion|outcomes? and results|summary)\\b");
    /** Section names that never report a finding of the article. */
    private static final Pattern NON_RESULT_SECTION = Pattern.compile(
            "\\b(?:background|introduction|objectives?|aims?|purpose|rationale|context|hypothes[ie]s|methods?|methodology"
                    + "|materials|design|setting|participants|subjects|interventions?|measurements?|measures"
                    + "|trial registration|registration|funding|keywords|abbreviations)\\b");
    /**
     * A PMC text's body opens with a bare {@code BODY} heading over its introduction, before the
     * first named section.
     */
    private static final Pattern BARE_BODY = Pattern.compile("^\\W*body\\W*$");

    private static final CuePattern NOT_A_FINDING = words(
            // aims and hypotheses
            "(?:aim|aims|aimed|objective|objectives|purpose|goal) (?:of (?:this|the|our) (?:[\\w-]+ ){0,3})?(?:was|were|is|are) to",
            "we (?:aimed|sought|set out|wanted|intended) to", "(?:this|the|our) (?:[\\w-]+ ){0,3}(?:aimed|aims|sought) to",
            "we hypothesi[sz]ed", "(?:we|it was) (?:predicted|expected) that", "our hypothesis", "the hypothesis",
            // methods and definitions
            "(?:were|was) (?:randomly )?(?:randomi[sz]ed|assigned|allocated) (?:to|into|in a)",
            "randomly (?:assigned|allocated|divided)", "we (?:randomly )?(?:assigned|allocated|randomi[sz]ed|enrolled|recruited)",
            "(?:were|was) (?:enrolled|recruited|included|screened)",
            "(?:were|was) (?:measured|assessed|recorded|collected|obtained|administered|evaluated|monitored) (?:at|using|by|with"
                    + "|before|after|every|during|on|via|through)",
            "(?:were|was) analy[sz]ed (?:in|using|by|with|for|according)", "primary (?:end-?point|outcome) (?:was|is|were)",
            "(?:secondary|primary) (?:end-?points|outcomes) (?:were|included)",
            // baseline comparability and regulatory status
            "(?:at|before) baseline(?:\\W+[\\w-]+){0,25}?\\W+(?:similar|comparable|balanced|matched|no (?:significant )?differences?)",
            "baseline characteristics", "not (?:yet )?(?:fda[- ])?approved", "off-label", "unapproved",
            "remains? experimental",
            // what a therapy is or is thought to do, and associations cited as background
            "(?:is|are) an? (?:[\\w-]+ ){0,4}(?:modulators?|antagonists?|agonists?|inhibitors?|analogu?es?|derivatives?)",
            "(?:is|are) thought to", "(?:have|has) been (?:linked|associated) with",
            // recommendations, calls for research, questions, limitations
            // a recommendation on its own; "X reduces Y and should be considered" still reports X's effect
            "(?<!and )should be (?:considered|used|included|offered|recommended|investigated|explored|evaluated|watched"
                    + "|monitored)",
            "might prove", "further (?:\\w+ ){0,2}(?:research|studies|trials|investigation|work) (?:is|are|will be) (?:needed|required|warranted)",
            "(?:is|are|remains?) (?:not yet|still) (?:known|unknown|unclear)", "cannot be (?:ruled out|excluded)",
            "lacked the (?:precision|power)");
    /** Aims and questions by how the sentence opens ("To determine whether ...", "Whether ... remains unknown"). */
    private static final Pattern OPENS_AS_AIM = Pattern.compile(
            "^(?:to (?:determine|evaluate|assess|compare|examine|investigate|test|explore|establish|identify|describe)"
                    + "|whether|do not )\\b");

    /** Whether a sentence in a section with this heading may report a finding. */
    public boolean inFindingSection(String sectionHeading) {
        if (sectionHeading == null) {
            return true;
        }
        String h = sectionHeading.toLowerCase(Locale.ROOT).replace('.', ' ').replace('_', ' ');
        if (RESULT_SECTION.matcher(h).find()) {
            return true;
        }
        return !NON_RESULT_SECTION.matcher(h).find() && !BARE_BODY.matcher(h).matches();
    }

    /** Whether the sentence's own wording makes it something other than a finding. */
    public boolean wordedAsNonFinding(String sentence) {
        String lower = sentence.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("?") || OPENS_AS_AIM.matcher(lower).find() || has(NOT_A_FINDING, lower);
    }

    /** Both: a sentence a claim may be made from. */
    public boolean reportsFinding(String sentence, String sectionHeading) {
        return inFindingSection(sectionHeading) && !wordedAsNonFinding(sentence);
    }
}
