package io.litstream.extract.claims;

/**
 * Small helpers to write cue patterns readably: every cue list is an alternation of
 * lower-case regular expressions matched against lower-cased text at word boundaries.
 */
final class Cues {
    private Cues() {
    }

    static CuePattern words(String... alternatives) {
        return new CuePattern(alternatives);
    }

    static boolean has(CuePattern p, String lowerText) {
        return p.in(lowerText);
    }
}
