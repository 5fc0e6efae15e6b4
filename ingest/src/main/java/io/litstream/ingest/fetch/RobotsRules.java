package io.litstream.ingest.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt for one crawler (RFC 9309): the group naming our product token, or
 * else the {@code *} group; among its {@code Allow}/{@code Disallow} rules the longest matching
 * pattern decides, {@code Allow} winning a tie; {@code *} matches any run of characters and a
 * final {@code $} anchors the end. {@code Crawl-delay}, not in the RFC but widely used, is kept.
 */
public final class RobotsRules {
    private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);
    private static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/", Pattern.compile("/.*"))), null);

    private record Rule(boolean allow, String path, Pattern pattern) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    /** No robots.txt (a 4xx): everything allowed. */
    public static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    /** robots.txt unreachable (5xx, network): RFC 9309 says assume complete disallow. */
    public static RobotsRules disallowAll() {
        return DISALLOW_ALL;
    }

    /** Parses {@code robotsTxt} for the crawler called {@code productToken}. */
    public static RobotsRules parse(String robotsTxt, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        Duration myDelay = null;
        Duration starDelay = null;
        boolean foundMine = false;
        // State of the group being read: which agents it names, and whether its rules have started.
        boolean groupIsMine = false;
        boolean groupIsStar = false;
        boolean inRules = false;
        for (String rawLine : robotsTxt.split("\\r\\n|\\r|\\n")) {
            String line = rawLine;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (field) {
                case "user-agent" -> {
                    if (inRules) { // a user-agent after rules starts a new group
                        groupIsMine = false;
                        groupIsStar = false;
                        inRules = false;
                    }
                    String agent = value.toLowerCase(Locale.ROOT);
                    if (agent.equals("*")) {
                        groupIsStar = true;
                    } else if (!agent.isEmpty() && (agent.equals(token) || token.startsWith(agent) || agent.startsWith(token + "/"))) {
                        groupIsMine = true;
                        foundMine = true;
                    }
                }
                case "allow", "disallow" -> {
                    inRules = true;
                    if (value.isEmpty()) {
                        continue; // "Disallow:" with nothing allows everything: no rule
                    }
                    Rule rule = new Rule(field.equals("allow"), value, toPattern(value));
                    if (groupIsMine) {
                        mine.add(rule);
                    }
                    if (groupIsStar) {
                        star.add(rule);
                    }
                }
                case "crawl-delay" -> {
                    inRules = true;
                    Duration delay = parseDelay(value);
                    if (delay != null && groupIsMine) {
                        myDelay = delay;
                    }
                    if (delay != null && groupIsStar) {
                        starDelay = delay;
                    }
                }
                default -> { } // sitemap, host, unknown fields: not group rules
            }
        }
        return foundMine ? new RobotsRules(List.copyOf(mine), myDelay) : new RobotsRules(List.copyOf(star), starDelay);
    }

    /** Whether the path (with query) of a URL may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.pattern.matcher(path).matches()) {
                if (best == null || rule.path.length() > best.path.length()
                        || (rule.path.length() == best.path.length() && rule.allow && !best.allow)) {
                    best = rule;
                }
            }
        }
        return best == null || best.allow;
    }

    public Optional<Duration> crawlDelay() {
        return Optional.ofNullable(crawlDelay);
    }

    private static Pattern toPattern(String path) {
        boolean anchored = path.endsWith("$");
        String body = anchored ? path.substring(0, path.length() - 1) : path;
        StringBuilder regex = new StringBuilder();
        String[] parts = body.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        if (!anchored) {
            regex.append(".*");
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static Duration parseDelay(String value) {
        try {
            double seconds = Double.parseDouble(value);
            return seconds >= 0 && seconds < 86_400 ? Duration.ofMillis((long) (seconds * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
