package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CuePatternTest {
    private static final String[] ALTERNATIVES = {
        "(?<!cost-)(?<!cost )effective(?:ness)?", "no (?:significant )?differences?", "(?:had |has )?no effects? on",
        "significan(?:t|tly)", "ns$", "p\\s*=\\s*ns", "[\\w-]+-fold", "β-?blockers?", "(?:a |an )?trend(?:s|ed)? toward"};
    private static final List<String> TEXTS = List.of(
            "it was effective and cost-effective; no significant difference, no differences at all.",
            "the drug had no effect on mood (p = ns) and a 3-fold rise, β-blockers too, a trend toward ns",
            "ineffective noeffect significantly_ significant", "", "ns", "x ns", "effectiveness.");

    @Test
    void findsExactlyWhatThePlainPatternFinds() {
        CuePattern cue = new CuePattern(ALTERNATIVES);
        Pattern plain = Pattern.compile("\\b(?:" + String.join("|", ALTERNATIVES) + ")(?![\\p{L}\\p{N}])");
        for (String text : TEXTS) {
            List<String> expected = new ArrayList<>();
            Matcher m = plain.matcher(text);
            while (m.find()) {
                expected.add(m.start() + ":" + m.end());
            }
            List<String> actual = cue.all(text).stream().map(r -> r.start() + ":" + r.end()).toList();
            assertEquals(expected, actual, text);
            assertEquals(!expected.isEmpty(), cue.in(text), text);
        }
    }

    @Test
    void aCueInsideAWordIsNoCue() {
        CuePattern cue = new CuePattern("safe", "risks?");
        assertFalse(cue.in("unsafe asterisks"));
        assertTrue(cue.in("it is safe"));
        List<MatchResult> all = cue.all("risk and risks");
        assertEquals(2, all.size());
        assertEquals("risks", "risk and risks".substring(all.get(1).start(), all.get(1).end()));
    }
}
