package io.litstream.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    private static final String ROBOTS = """
            # a comment
            User-agent: *
            Disallow: /

            User-agent: otherbot
            User-agent: litstream
            Disallow: /archive/
            Allow: /archive/public/
            Disallow: /*.pdf$
            Allow: /page
            Disallow: /page
            Crawl-delay: 2.5

            User-agent: badbot
            Allow: /
            """;

    @Test
    void ourGroupIsChosenOverTheStarGroup() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "litstream");
        assertTrue(rules.allows("/news/today"));
        assertFalse(RobotsRules.parse(ROBOTS, "somebot").allows("/news/today"));
    }

    @Test
    void theLongestMatchingRuleDecides() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "litstream");
        assertFalse(rules.allows("/archive/2024/x.html"));
        assertTrue(rules.allows("/archive/public/x.html"));
    }

    @Test
    void allowWinsATieOfEqualLength() {
        assertTrue(RobotsRules.parse(ROBOTS, "litstream").allows("/page"));
    }

    @Test
    void wildcardsAndEndAnchorsMatch() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "litstream");
        assertFalse(rules.allows("/files/report.pdf"));
        assertTrue(rules.allows("/files/report.pdf?download=1"));
    }

    @Test
    void crawlDelayOfOurGroupIsKept() {
        assertEquals(Optional.of(Duration.ofMillis(2500)), RobotsRules.parse(ROBOTS, "litstream").crawlDelay());
    }

    @Test
    void robotsTxtItselfAndEmptyDisallowAreAlwaysAllowed() {
        assertTrue(RobotsRules.disallowAll().allows("/robots.txt"));
        assertFalse(RobotsRules.disallowAll().allows("/"));
        assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "litstream").allows("/anything"));
    }
}
