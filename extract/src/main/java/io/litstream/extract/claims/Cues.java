package io.litstream.extract.claims;

import java.util.regex.Pattern;

/**
 * Small helpers to write cue patterns readably: every cue list is an alternation of
 * lower-case regular expressions matched against lower-cased text at word boundaries.
 */
final class Cues {
    private Cues() {
    }

    static Pattern words(String... alternatives) {
        return Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    static boolean has(Pattern p, String lowerText) {
        return p.matcher(lowerText).find();
    }
}
