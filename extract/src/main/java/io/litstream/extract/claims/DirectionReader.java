package io.litstream.extract.claims;

import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.Outcome;
import io.litstream.topics.extraction.OutcomeMeasure.Sense;
import io.litstream.topics.extraction.Polarity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the intervention fared against its comparator, from the patient's side: which way the
 * sentence moves the outcome ("reduced", "higher") read against which way of the outcome is good
 * ({@link OutcomeReader#sense}), so "HAM-D scores fell" is better and "adverse events were more
 * frequent" worse; a sentence that says "improved" or "worse" outright, or names no outcome of
 * known sense, is read by its polarity. Stateless and thread-safe.
 */
final class DirectionReader {
    /** A direction and whether it was read from the outcome's movement (which then sets the polarity). */
    record Read(Direction direction, boolean fromMovement) {
    }

    private static final Pattern DOWN = Pattern.compile(
            "\\b(?:lower\\w*|reduc\\w*|decreas\\w*|fewer|less|smaller|fell|fall(?:s|en)?|declin\\w*|dropped|drops?"
                    + "|diminish\\w*|attenuat\\w*|alleviat\\w*|shorter|shortened)\\b");
    private static final Pattern UP = Pattern.compile(
            "\\b(?:higher|increas\\w*|rose|risen|elevat\\w*|raised|more|greater|larger|longer|prolonged)\\b");
    /** "greater reduction", "more improvement": the noun that follows says the way. */
    private static final Pattern AMOUNT_OF = Pattern.compile(
            "^\\s+(?:(?:[\\w-]+\\s+)?(?:reduc\\w*|decreas\\w*|declin\\w*|drops?|improv\\w*|fall)"
                    + "|(?:effective|efficacious|beneficial|potent|useful|helpful|favou?rable|robust|rapid)\\b)");
    private static final Pattern BETTER = Pattern.compile("\\b(?:improv\\w*|better|superior|benefit\\w*|outperform\\w*)\\b");
    private static final Pattern WORSE = Pattern.compile("\\b(?:worse\\w*|inferior|deteriorat\\w*)\\b");
    /**
     * Matching the comparator ("as effective as fluoxetine", "comparable to clipping", "non-inferior
     * to ECT") is no difference between the arms, whatever it says of the therapy.
     */
    private static final Pattern EQUIVALENT = Pattern.compile("\\b(?:as (?:effective|efficacious|good|beneficial|well|safe)"
            + " as|non-?inferior(?:ity)?|(?:comparable|similar|equivalent) (?:to|with)|(?:comparable|similar|equivalent)"
            + " (?:efficacy|effectiveness|effects?|benefits?|results?) (?:to|as|with))\\b");
    /** A stated failure to move the outcome ("failed to improve", "did not increase", "no lower than"). */
    private static final Pattern NO_CHANGE = Pattern.compile("\\b(?:fail(?:s|ed)? to|did not|does not|do not)"
            + " (?:significantly )?(?:improv|reduc|lower|chang|alter|increas|decreas|affect|rais)\\w*"
            + "|\\bno (?:lower|higher|better|greater|more|less|fewer) than\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;,]|\\b(?:but|whereas|while|although|however)\\b");
    private static final Pattern CONTROL_ARM = Pattern.compile(
            "\\b(?:control|placebo|sham|comparison|usual[- ]care|waitlist|wait-list)\\b");

    private DirectionReader() {
    }

    /**
     * {@code lower}: the sentence lower-cased; {@code outcome} may be null; {@code significant}: what the
     * sentence states of significance, null when nothing.
     */
    static Optional<Read> read(String lower, Polarity polarity, Outcome outcome, Boolean significant) {
        // "dropout did not differ significantly" is a safety finding for the therapy, and no difference
        if (polarity == Polarity.NO_EFFECT || Boolean.FALSE.equals(significant)
                || polarity != Polarity.NEUTRAL && !Boolean.TRUE.equals(significant)
                && (EQUIVALENT.matcher(lower).find() || therapyDidNotMove(lower))) {
            return Optional.of(new Read(Direction.NO_DIFFERENCE, false));
        }
        Sense sense = outcome == null ? Sense.UNKNOWN : OutcomeReader.sense(outcome);
        Boolean up = movement(lower);
        Matcher said = BETTER.matcher(lower);
        if (up != null && said.find() && said.start() < firstMovement(lower) && polarity == Polarity.SUPPORTS) {
            // "improved MADRS scores more than sham": the verb says the way, "more" only how much
            return Optional.of(new Read(Direction.BETTER, false));
        }
        if (sense != Sense.UNKNOWN && up != null) {
            boolean better = up == (sense == Sense.HIGHER_IS_BETTER);
            return Optional.of(new Read(better ? Direction.BETTER : Direction.WORSE, true));
        }
        boolean saysBetter = BETTER.matcher(lower).find();
        boolean saysWorse = WORSE.matcher(lower).find();
        if (saysBetter != saysWorse && polarity != Polarity.NEUTRAL) {
            return Optional.of(new Read(saysBetter ? Direction.BETTER : Direction.WORSE, false));
        }
        return switch (polarity) {
            case SUPPORTS -> Optional.of(new Read(Direction.BETTER, false));
            case REFUTES -> Optional.of(new Read(Direction.WORSE, false));
            default -> Optional.empty();
        };
    }

    /** A stated failure to move the outcome whose clause is not the control arm's ("whereas placebo did not change"). */
    private static boolean therapyDidNotMove(String lower) {
        Matcher m = NO_CHANGE.matcher(lower);
        while (m.find()) {
            String before = lower.substring(0, m.start());
            Matcher breaks = CLAUSE_BREAK.matcher(before);
            int clause = 0;
            while (breaks.find()) {
                clause = breaks.end();
            }
            if (!CONTROL_ARM.matcher(before.substring(clause)).find()) {
                return true;
            }
        }
        return false;
    }

    private static int firstMovement(String lower) {
        return Math.min(first(DOWN.matcher(lower), lower), first(UP.matcher(lower), lower));
    }

    /** True for up, false for down, null when the sentence moves nothing; the first movement word decides. */
    private static Boolean movement(String lower) {
        int downAt = first(DOWN.matcher(lower), lower);
        int upAt = first(UP.matcher(lower), lower);
        if (downAt == upAt) {
            return null;
        }
        return upAt < downAt;
    }

    /** Where the first movement word is that is no amount of another ("greater reduction") nor a degree ("less effective"). */
    private static int first(Matcher m, String lower) {
        while (m.find()) {
            if (!AMOUNT_OF.matcher(lower.substring(m.end())).lookingAt()) {
                return m.start();
            }
        }
        return Integer.MAX_VALUE;
    }
}
