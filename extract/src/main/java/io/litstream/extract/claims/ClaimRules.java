package io.litstream.extract.claims;

import static io.litstream.extract.claims.Cues.has;
import static io.litstream.extract.claims.Cues.words;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sentence's claim types, polarity and hedging from lexical cues. A sentence may carry
 * several types ("an effective and well-tolerated option": efficacy and safety). Negative
 * cues outrank positive ones of the same type ("not effective" is not "effective"), and a
 * sentence that leaves the direction open ("whether ... is effective remains unclear") is neutral.
 * Stateless and thread-safe.
 */
public final class ClaimRules {
    // ---- efficacy ----
    private static final String OUTCOME = "(?:symptoms?|depress\\w*|mood|anxiety|scores?|severity|suicid\\w*"
            + "|anhedonia|atrophy|outcomes?|quality of life|functioning|well-?being|wellbeing|cognition"
            + "|cognitive (?:function\\w*|deficits?|flexibility|performance)|remission|ham-?d|madrs|phq-?9|bdi"
            + "|behaviou?ral (?:function\\w*|deficits?)|deficits?|despair|immobility|rumination|insomnia|resilience"
            + "|recovery|risk (?:factors?|markers?|profiles?))";
    private static final String CHANGE = "(?:improv\\w*|reduc\\w*|decreas\\w*|alleviat\\w*|reliev\\w*|ameliorat\\w*"
            + "|attenuat\\w*|lessen\\w*|revers\\w*|restor\\w*|resolv\\w*|stabili[sz]\\w*|lower\\w*|lift\\w*|boost\\w*"
            + "|enhanc\\w*)";
    private static final CuePattern EFFICACY_SUPPORTS = words(
            CHANGE + "(?:\\W+[\\w-]+){0,5}?\\W+" + OUTCOME,
            OUTCOME + "(?:\\W+[\\w-]+){0,2}?\\W+(?:improvements?|reductions?|relief|stabili[sz]ation|resolution"
                    + "|improv(?:ed|es)|decreas(?:ed|es)|lessen(?:ed|s)|resolv(?:ed|es)|remitted|abated|eased|lifted|fell|dropped)",
            "(?<!cost-)(?<!cost )effective(?:ness)?", "efficacious",
            "(?:remarkable|significant|robust|rapid|sustained|strong|superior|good|high|clear|proven|greater"
                    + "|considerable|substantial|notable|promising|comparable|demonstrated|established) efficacy",
            "relief", "remission", "respon(?:se|der) rates?",
            "(?:antidepressant|anti-depressant|antidepressant-like|anxiolytic|therapeutic|beneficial|clinical|positive"
                    + "|rapid|lasting|sustained|robust|significant|mood-enhancing)"
                    + " (?:effects?|benefits?|actions?|properties|improvements?|responses?)",
            "therapeutic potential", "benefit", "benefits", "beneficial", "superior to", "outperform\\w*",
            "more effective", "promising(?:\\W+[\\w-]+){0,2}?\\W+(?:results?|alternatives?|treatments?|therap\\w+"
                    + "|options?|approach\\w*|candidates?|avenues?|findings|evidence|data|outcomes?|effects?"
                    + "|interventions?|strategy|strategies)",
            "(?:show|shows|showed|shown|showing|hold|holds|held|holding|offer|offers|offered|demonstrat\\w*)"
                    + " (?:great |significant |considerable |some |much |real |particular |clear )?(?:promise|potential)",
            "positive (?:results?|outcomes?|effects?|findings|impact)", "mood[- ]boost\\w*",
            "prove[sdn]? (?:to be )?(?:effective|beneficial|useful|helpful)", "(?:works?|worked) (?:well|better|quickly|rapidly)",
            "rapid(?:-acting)? (?:relief|onset|response|improvement)", "game[- ]changer", "revolutioni[sz]\\w*",
            "advantage over", "significant(?:ly)? (?:greater |larger |more )?(?:improv\\w*|reduc\\w*|decreas\\w*|lower\\w*|better)",
            "significantly (?:greater|larger|better|superior)",
            "(?:greater|larger|more) (?:improvements?|reductions?|decreases?|declines?)",
            "(?:was|were|is|are|proved|shown to be) non-?inferior");
    private static final CuePattern EFFICACY_NO_EFFECT = words(
            "no (?:statistical\\w* |clinically )?(?:significant|detectable|systematic|meaningful|relevant|measurable|appreciable"
                    + "|discernible|notable|substantial|major|important) (?:[\\w-]+ ){0,3}(?:differences?|effects?|improvements?"
                    + "|changes?|benefits?|reductions?|advantages?|increases?|decreases?|associations?|relations?(?:hips?)?"
                    + "|interactions?|variations?|gains?|impact)",
            "no evidence (?:of|for|that) (?:a |an |any )?(?:[\\w-]+ ){0,2}(?:differences?|effects?|benefits?|impact"
                    + "|associations?)",
            "unlikely to (?:alter|affect|change|influence|differ|improve|reduce)",
            "(?:in|between|for) (?:both|either|neither|all (?:three|four|the)) (?:[\\w-]+ ){0,2}(?:groups?|arms?|treatments?"
                    + "|conditions?)",
            "no (?:[\\w-]+ ){0,3}(?:events?|effects?|deaths?|complications?|cases?) (?:were|was|occurred|have been|had been)"
                    + "(?: (?:observed|reported|seen|found|noted|detected|recorded))?",
            "(?:p|p-value|p value)\\s*(?:=|:)?\\s*ns", "ns$",
            "(?:non-?|in)significant(?:ly)?", "not (?:statistical\\w* |clinically )?significant(?:ly)?",
            "not (?:reach|achieve|attain)\\w* (?:statistical )?significance",
            "(?:did|does|do|could|would) not (?:statistically )?(?:significantly )?(?:differ|improve|reduce|change|outperform"
                    + "|separate|alter|affect|increase|decrease|influence|modify|lower|prevent|enhance|shorten)",
            "(?:did|does|do) not (?:reveal|show|find|demonstrate|detect|yield|produce|result in|lead to) (?:any |a )?"
                    + "(?:statistically )?(?:significant )?(?:effects?|differences?|benefits?|improvements?|changes?|reductions?)",
            "(?:did not|failed to|fail to|fails to) (?:change|differ) significantly",
            "fail(?:s|ed)? to (?:reach|achieve|show|demonstrate|detect|find) (?:a |any )?(?:statistical(?:ly)? )?"
                    + "(?:significan\\w*|differences?|effects?)",
            "(?:was|were|is|are) not (?:statistically )?(?:significantly )?(?:superior|different|better|more effective"
                    + "|associated|related|affected|changed|altered|improved|reduced|increased|decreased)",
            "(?:similar|comparable|equivalent) to (?:placebo|sham|control|usual care)", "no (?:better|more effective) than",
            "(?:similar|comparable|equivalent|identical|equal)(?:ly)? (?:[\\w-]+ ){0,3}(?:between|across|among|in both|in all"
                    + "|for both|for all|in the (?:two|three|four) )",
            "(?:was|were|is|are|remained|appeared|seemed) (?:\\w+ )?(?:similar|comparable|equivalent|identical|equal"
                    + "|unchanged|unaffected|stable)",
            "(?:similar|comparable|equivalent) (?:\\w+ ){0,2}(?:rates?|proportions?|numbers?|percentages?|incidences?"
                    + "|results|outcomes|improvements?|reductions?|efficacy|effects?|effectiveness|responses?|levels?|scores?"
                    + "|changes?|frequenc(?:y|ies))",
            "(?:as|equally) (?:effective|efficacious|safe|good|well)(?: as)?", "non-?inferior(?:ity)?",
            "no (?:[\\w-]+ ){0,3}differences?", "(?:did not|does not|do not) differ",
            "no (?:statistical(?:ly)? )?significan(?:ce|t)", "null (?:results?|findings?|effects?)",
            "(?:a |an )?(?:non-?significant |statistical )?trend(?:ed|s)? (?:toward|towards|to|for|of)", "tend(?:ed|s)? to",
            "n\\.s\\.?", "(?:marginally|borderline|nearly|almost|approach\\w*) (?:statistically )?significan\\w*",
            "(?:had |have |has |showed |with )?no (?:significant |apparent |measurable )?(?:effects?|influence|impact) (?:on|of)");
    /**
     * Matching an active treatment ("as effective as fluoxetine", "non-inferior to ECT") says the
     * therapy works, though the trial found no difference between its arms; matching placebo does not.
     */
    private static final CuePattern AS_GOOD_AS_ACTIVE = words(
            "(?:as (?:effective|efficacious|good|beneficial) as|non-?inferior to|(?:comparable|similar|equivalent) "
                    + "(?:efficacy|effectiveness|effects?|benefits?) (?:to|as|with)|(?:comparable|equivalent) to)"
                    + " (?!(?:a |the |an )?(?:placebo|sham|control|usual care|wait-?list|no treatment|pill placebo))[\\w-]+");
    /** Significance stated in words: "significantly", "statistically significant", "reached significance". */
    private static final Pattern SIGNIFICANT = Pattern.compile("(?<![\\w-])significan(?:t|tly|ce)\\b");
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?:\\b(?:no|not|non|nor|without|neither|lack of|absence of|failed to|fail to|marginally|borderline|nearly"
                    + "|almost|approach\\w*|did not reach|not reach)\\b(?:\\W+[\\w-]+){0,2}\\W*|\\bnon-|\\bin)$");
    /** A direction stated without words of significance, read as an effect only in a reported comparison. */
    private static final CuePattern COMPARATIVE = words(
            "higher", "lower", "more", "less", "fewer", "greater", "smaller", "larger", "shorter", "longer", "faster",
            "slower", "better", "worse", "superior", "inferior", "increas\\w*", "decreas\\w*", "reduc\\w*",
            "improv\\w*", "declin\\w*", "rose", "fell", "dropped", "lowered", "raised", "elevated", "prolonged",
            "(?:\\d+(?:\\.\\d+)?)-?fold", "odds", "risk of");
    /** A null result said of the control arm ("whereas placebo did not change") is not the therapy's. */
    private static final Pattern CONTROL_ARM = Pattern.compile(
            "\\b(?:control|placebo|sham|comparison|usual[- ]care|waitlist|wait-list)(?: group| arm| condition)?\\b");
    /** How far back a negation or clause start is looked for (keeps run-on text linear). */
    private static final int LOOKBACK = 200;
    /** A negation of "significant" stands within three words before it. */
    private static final int NEGATION_LOOKBACK = 40;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;,]|\\b(?:but|whereas|while|although|however)\\b");
    private static final CuePattern EFFICACY_REFUTES = words(
            "ineffective", "not effective", "failed", "fail(?:s|ed)? to (?:improve|reduce|show|demonstrate|meet|reach)",
            "lack(?:ed|s|ing)? (?:of )?(?:efficacy|benefit|effect)", "limited (?:efficacy|effectiveness|benefit)",
            "worse(?:ned)?", "worsen\\w*", "inferior to", "less effective", "no (?:clinical )?benefit", "detrimental");
    // ---- safety ----
    private static final CuePattern SAFETY_SUPPORTS = words(
            "safe", "safer", "safely", "well[- ]tolerated", "tolerable", "(?:good|excellent|favou?rable|acceptable) tolerab\\w+",
            "favou?rable (?:safety|side[- ]effect) profile", "safety profile (?:was|is) (?:good|favou?rable|acceptable)");
    /**
     * "Risk" as a harm of the treatment: not a statistic ("relative risk"), not a risk factor or a
     * disease risk the treatment is given to lower ("CVD risk", "risk of developing depression"),
     * which are efficacy outcomes.
     */
    private static final String RISK = "(?<!relative )(?<!absolute )(?<!cvd )(?<!cardiovascular )(?<!cardiometabolic )"
            + "(?<!metabolic )(?<!fracture )risks?(?! factors?| ratios?| differences?| reductions?"
            + "| of (?:developing |incident )?(?:depress|relaps|recurren|cardiovascular|cvd|fracture|diabet))";
    private static final CuePattern SAFETY_RISK = words(
            "side[- ]effects?", "adverse (?:effects?|events?|reactions?)", "toxicity", "toxic", RISK, "complications",
            "nausea", "vomiting", "headaches?",
            "dangerous", "unsafe", "dependence", "addiction", "abuse (?:potential|liability)",
            "dissociat\\w*", "seizures?", "suicidal (?:ideation|behaviou?r|thoughts)", "mania", "manic", "withdrawal",
            "black[- ]box", "boxed warning", "contraindicat\\w*", "cardiotoxic\\w*", "hepatotoxic\\w*", "weight gain",
            "sexual dysfunction", "tumorigenesis", "immune rejection");
    /**
     * A risk word after one of these ("few adverse events", "without side effects", "reduces the
     * risk of") speaks for safety.
     */
    private static final Pattern RISK_NEGATED = Pattern.compile(
            "\\b(?:minimal|few|fewer|no|mild|low|lower|reduced|without|rare|rarely|less|negligible|limited|lacks?"
                    + "|free of|absence of|reduc\\w*|prevent\\w*|minimi[sz]\\w*|decreas\\w*"
                    + "|(?:did|does|do|nor did it|nor did they) not (?:significantly )?(?:increase|raise|cause|reveal|show"
                    + "|find|indicate)"
                    + "|no (?:significant |statistically significant )?(?:increase|rise) in|similar|comparable)"
                    + "\\b(?:\\W+[\\w-]+){0,2}\\W*$");
    /** A risk word the rest of its clause calls mild, rare or no different ("side effects were mild"). */
    private static final Pattern RISK_QUALIFIED_AFTER = Pattern.compile(
            "^(?:\\W+[\\w-]+){0,6}?\\W+(?:were|was|are|is|remained)\\s+(?:generally |mostly |all |uniformly )?"
                    + "(?:mild|rare|uncommon|infrequent|transient|minimal|similar|comparable|not (?:significantly )?"
                    + "(?:different|increased|higher|more frequent))\\b");
    /** What a treatment causes rather than treats: a no-difference in one of these speaks for safety. */
    private static final CuePattern HARM = words(
            "side[- ]effects?", "adverse (?:effects?|events?|reactions?)", "toxicity", "complications", "nausea",
            "vomiting", "headaches?", "drop-?outs?(?: rates?)?", "discontinuation", "tolerability", "gastrointestinal complaints",
            "safety (?:measures|outcomes|parameters|end-?points|profiles?|variables)");
    private static final CuePattern EFFICACY_OUTCOME = words(OUTCOME);
    // ---- regulatory ----
    private static final CuePattern REGULATORY_SUPPORTS = words(
            "approv(?:ed|al)", "(?:fda|ema|mhra)[- ]clear(?:ed|ance)", "clear(?:ed|ance) by the (?:fda|ema|mhra)",
            "authori[sz](?:ed|ation)", "breakthrough therapy (?:designation|status)", "fast[- ]track(?:ed)? (?:designation|status)",
            "priority review", "licen[sc]ed (?:for|in|as)", "indicated for");
    private static final CuePattern REGULATORY_REFUTES = words(
            "rejected", "(?:not|never) (?:yet )?(?:been )?(?:(?:fda|ema|mhra)[- ])?approved", "unapproved",
            "off[- ]label", "declined to approve", "complete response letter",
            "withdrawn from the market", "black[- ]box warning", "boxed warning");
    private static final CuePattern REGULATORY_NEUTRAL = words(
            "(?:fda|ema|mhra|regulators?|regulatory agencies) (?:is |are )?(?:reviewing|considering|evaluating)",
            "(?:new drug application|nda|marketing authori[sz]ation application) (?:was |has been )?(?:filed|submitted)");
    /** Approval by an ethics board is not a regulator's decision. */
    private static final CuePattern ETHICS_APPROVAL = words(
            "ethic\\w* (?:committee|board|approval)", "irb", "institutional review board", "approved by the (?:local )?ethic\\w*",
            "protocol was approved", "study was approved");
    // ---- mechanism ----
    private static final Pattern MECHANISM_LINK = Pattern.compile("\\b(?:modulat|regulat|increas|decreas|enhanc|promot"
            + "|up-?regulat|down-?regulat|act(?:s|ing|ed)? (?:on|via|through|at|as)|target|bind|block|inhibit|activat"
            + "|stimulat|boost|mediat|suppress|restor|normali[sz]|releas|secret|induc|elevat|rais|lower|reduc|attenuat"
            + "|alter|affect|influenc|trigger|strengthen|shift|revers|exert|antagoni|agoni|associat|link|involv|depend"
            + "|underl|impact|produc|support|improv|encourag|foster|protect|counteract|rebalanc|facilitat|amplif"
            + "|potentiat|prevent|rescu|repair|via\\b|through\\b)");
    private static final CuePattern MECHANISM_NO_EFFECT = words(
            "did not (?:significantly )?(?:alter|change|affect|increase|decrease|modulate|influence)",
            "no (?:significant )?(?:changes?|effects?|alterations?) (?:in|on)", "unchanged", "unaffected");
    // ---- hedging and findings ----
    private static final CuePattern HEDGE = words(
            "may(?!\\s+\\d)", "might", "could", "possibly", "possible", "potential", "potentially", "suggest\\w*", "appears? to",
            "appeared to", "seems? to", "seemed to", "promising", "promise", "preliminary", "early",
            "remains? (?:largely |still )?(?:unclear|unknown|uncertain|to be (?:determined|established|seen|elucidated))",
            "unclear", "uncertain", "hypothe\\w+", "likely", "unlikely", "warrant\\w*", "pilot", "emerging", "whether",
            "speculat\\w*", "putative", "tentative\\w*", "limited evidence", "not yet");
    /** Hedges that leave even the direction open. */
    private static final CuePattern OPEN_QUESTION = words(
            "whether", "unclear", "unknown", "uncertain", "remains? to be", "controversial", "mixed (?:results|evidence|findings)",
            "inconsistent (?:results|evidence|findings)", "conflicting (?:results|evidence|findings)");
    private static final CuePattern NO_FINDING = words(
            "aim(?:s|ed)? (?:to|at)", "in order to understand",
            "(?:this|the present|the current|our) (?:article|review|paper|post|blog post|study|chapter) (?:will |aims to |seeks to )?"
                    + "(?:discuss\\w*|describe\\w*|explore\\w*|delve\\w*|examine\\w*|review\\w*|summari[sz]\\w*|outline\\w*"
                    + "|provide\\w*|highlight\\w*|focus\\w*)",
            "we (?:further |also |then |here |now |will |briefly )?(?:discuss\\w*|summari[sz]\\w*|review\\w*|describe\\w*"
                    + "|outline\\w*|propose\\w*|aim\\w*|sought|updated|highlight\\w*|explore\\w*|delve\\w*|examine\\w*|focus\\w*"
                    + "|consider\\w*|will)",
            "(?:is|are|was|were) being (?:explored|investigated|studied|tested|evaluated|developed|researched)",
            "(?:further|more|additional|future|larger|long-term|rigorous|well-designed|continued) (?:[\\w-]+ ){0,2}"
                    + "(?:research|studies|trials|investigations?|work)\\b.{0,60}\\b(?:needed|necessary|required|warranted"
                    + "|crucial|essential|should|must)",
            "needs? (?:thorough |further |more |careful )?(?:investigation|research|study|to be)",
            "remains? to be (?:seen|determined|established)", "must be (?:addressed|considered|overcome)",
            "questions remain", "(?:is|are) (?:crucial|essential|necessary|needed|important|required) (?:to|for)",
            "ongoing (?:studies|trials|research)");
    /** "Investigators assessed the efficacy of X" says what was studied, not what was found ... */
    private static final CuePattern STUDY_SUBJECT = words(
            "(?:examin|investigat|evaluat|assess|explor|analy[sz]|compar|test)\\w* (?:[\\w-]+ ){0,3}(?:the )?"
                    + "(?:therapeutic |clinical |potential )?(?:potential|efficacy|effectiveness|effects?|role|safety|use|benefits?)"
                    + " (?:of|in|for)");
    /** ... unless it goes on to say it. */
    private static final CuePattern RESULT = words(
            "show\\w*", "found", "find\\w*", "demonstrat\\w*", "reveal\\w*", "report\\w*", "indicat\\w*",
            "suggest\\w*", "conclud\\w*", "confirm\\w*", "observ\\w*", "identif\\w*", "establish\\w*",
            "underscor\\w*", "highlight\\w*", "emphasi[sz]\\w*", "support\\w*");

    /** Reads one sentence; {@code hasMechanism}: the sentence names a mechanism. */
    public SentenceReading read(String sentence, boolean hasMechanism) {
        String s = normalise(sentence);
        boolean finding = finding(sentence, s);
        boolean open = has(OPEN_QUESTION, s);
        Map<ClaimType, Polarity> types = new EnumMap<>(ClaimType.class);
        Polarity efficacy = efficacy(s);
        if (efficacy != null) {
            types.put(ClaimType.EFFICACY, open ? Polarity.NEUTRAL : efficacy);
        }
        Polarity safety = safety(s);
        if (efficacy == Polarity.NO_EFFECT && has(HARM, s) && !has(EFFICACY_OUTCOME, s)) {
            // "no adverse effects were observed", "dropout rates were similar": the harm did not
            // differ, which speaks for the therapy's safety and says nothing of its efficacy
            types.remove(ClaimType.EFFICACY);
            safety = Polarity.SUPPORTS;
        }
        if (safety != null) {
            types.put(ClaimType.SAFETY, open ? Polarity.NEUTRAL : safety);
        }
        Polarity regulatory = regulatory(s);
        if (regulatory != null) {
            types.put(ClaimType.REGULATORY, regulatory);
        }
        if (hasMechanism && MECHANISM_LINK.matcher(s).find()) {
            types.put(ClaimType.MECHANISM, has(MECHANISM_NO_EFFECT, s) ? Polarity.NO_EFFECT
                    : open ? Polarity.NEUTRAL : Polarity.SUPPORTS);
        }
        return new SentenceReading(types, has(HEDGE, s), finding);
    }

    /**
     * The direction of a reported trial result, for a sentence known to report one (the
     * Evidence Inference evaluation): NO_EFFECT, SUPPORTS or REFUTES, or null when it says none.
     */
    public Polarity resultPolarity(String sentence) {
        String s = normalise(sentence);
        return polarity(s, noEffectOfTheTherapy(s), has(EFFICACY_REFUTES, s), () -> has(EFFICACY_SUPPORTS, s), true);
    }

    /** Whether a sentence states a finding at all (not an aim, a question, a call for research). */
    public boolean statesFinding(String sentence) {
        return finding(sentence, normalise(sentence));
    }

    private static boolean finding(String sentence, String s) {
        return !sentence.strip().endsWith("?") && !has(NO_FINDING, s) && !(has(STUDY_SUBJECT, s) && !has(RESULT, s));
    }

    private static Polarity efficacy(String s) {
        boolean refutes = has(EFFICACY_REFUTES, s);
        if (!refutes && has(AS_GOOD_AS_ACTIVE, s)) {
            return Polarity.SUPPORTS;
        }
        boolean statedNull = noEffectOfTheTherapy(s);
        boolean supports = !statedNull && !refutes && has(EFFICACY_SUPPORTS, s);
        if (!statedNull && !refutes && !supports) {
            return null;
        }
        return polarity(s, statedNull, refutes, () -> supports, false);
    }

    /**
     * Weighs what a sentence says in words ("no significant difference", "significantly lower")
     * against what its numbers say ({@link Significance}): words decide when they agree with
     * themselves, numbers settle a sentence whose words point both ways ("X significantly reduced
     * A but not B"), and a sentence with neither falls back on the cue lists.
     *
     * @param statedNull    a no-effect cue of the therapy's clause
     * @param refutes       a cue that the therapy failed or harmed
     * @param supports      whether a cue speaks for the therapy (asked only when needed)
     * @param reportsResult the sentence is known to report a comparison, so a bare comparative
     *                      ("pain was lower with X") is read as an effect
     */
    private static Polarity polarity(String s, boolean statedNull, boolean refutes, BooleanSupplier supports,
                                     boolean reportsResult) {
        boolean statedEffect = significantEffect(s);
        Polarity effect = refutes ? Polarity.REFUTES : Polarity.SUPPORTS;
        if (statedNull != statedEffect) {
            return statedNull ? Polarity.NO_EFFECT : effect;
        }
        Significance.Reading numbers = Significance.read(s);
        if (numbers.notSignificant() != numbers.significant()) {
            return numbers.notSignificant() > numbers.significant() ? Polarity.NO_EFFECT : effect;
        }
        if (statedNull) {
            return Polarity.NO_EFFECT;
        }
        if (refutes) {
            return Polarity.REFUTES;
        }
        if (supports.getAsBoolean() || reportsResult && has(COMPARATIVE, s)) {
            return Polarity.SUPPORTS;
        }
        return null;
    }

    /**
     * What the words of a sentence say of significance: true for "significant(ly)" not negated,
     * false for a negated one only ("no significant difference"), null when they say nothing.
     * {@code s}: the sentence as {@link #normalise} leaves it.
     */
    static Boolean significanceInWords(String s) {
        if (significantEffect(s)) {
            return true;
        }
        return SIGNIFICANT.matcher(s).find() ? Boolean.FALSE : null;
    }

    /** "significant(ly)" not negated ("not significantly", "no significant", "without significant"). */
    private static boolean significantEffect(String s) {
        Matcher m = SIGNIFICANT.matcher(s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - NEGATION_LOOKBACK), m.start());
            if (!NEGATED_BEFORE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A no-effect cue whose clause does not open with the control arm: "placebo did not change"
     * is about the control, "did not differ from placebo" about the therapy.
     */
    private static boolean noEffectOfTheTherapy(String s) {
        for (MatchResult m : EFFICACY_NO_EFFECT.all(s)) {
            if (!CONTROL_ARM.matcher(clauseBefore(s, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private static String clauseBefore(String s, int position) {
        int from = Math.max(0, position - LOOKBACK);
        Matcher before = CLAUSE_BREAK.matcher(s.substring(from, position));
        int offset = from;
        while (before.find()) {
            from = offset + before.end();
        }
        return s.substring(from, position);
    }

    private static Polarity safety(String s) {
        boolean favourable = has(SAFETY_SUPPORTS, s);
        boolean risky = false;
        for (MatchResult m : SAFETY_RISK.all(s)) {
            if (RISK_NEGATED.matcher(s.substring(Math.max(0, m.start() - LOOKBACK), m.start())).find()
                    || RISK_QUALIFIED_AFTER.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + LOOKBACK))).find()) {
                favourable = true;
            } else {
                risky = true;
            }
        }
        if (favourable && risky) {
            return Polarity.NEUTRAL;
        }
        return favourable ? Polarity.SUPPORTS : risky ? Polarity.REFUTES : null;
    }

    private static Polarity regulatory(String s) {
        if (has(REGULATORY_REFUTES, s)) {
            return Polarity.REFUTES;
        }
        if (has(REGULATORY_SUPPORTS, s) && !has(ETHICS_APPROVAL, s)) {
            return Polarity.SUPPORTS;
        }
        return has(REGULATORY_NEUTRAL, s) ? Polarity.NEUTRAL : null;
    }

    /** Lower case, typographic dashes and quotes made plain, "pre-clinical" joined. */
    static String normalise(String sentence) {
        return sentence.toLowerCase(Locale.ROOT)
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2019', '\'')
                .replace("n't", " not").replace("pre-clinical", "preclinical").replace("anti-depressant", "antidepressant");
    }
}
