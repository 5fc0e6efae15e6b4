package io.litstream.launcher.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL a Grafana dashboard runs, and the metric names in it. */
final class DashboardQueries {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset");

    private DashboardQueries() {
    }

    /** Every {@code expr} under {@code node} (a dashboard or one panel). */
    static List<String> expressions(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.findValues("expr").forEach(e -> out.add(e.asText()));
        return out;
    }

    /**
     * Metric names: identifiers left once strings, label matchers, ranges and grouping clauses are
     * removed, that are not followed by "(" (functions and aggregations) and are not keywords.
     */
    static Set<String> metricNames(JsonNode dashboard) {
        Set<String> names = new TreeSet<>();
        for (String expr : expressions(dashboard)) {
            String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "")
                    .replaceAll("\\{[^}]*}", " ")
                    .replaceAll("\\[[^\\]]*\\]", " ")
                    .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
            Matcher m = IDENTIFIER.matcher(bare);
            while (m.find()) {
                String id = m.group();
                int next = m.end();
                while (next < bare.length() && Character.isWhitespace(bare.charAt(next))) {
                    next++;
                }
                boolean call = next < bare.length() && bare.charAt(next) == '(';
                if (!call && !KEYWORDS.contains(id)) {
                    names.add(id);
                }
            }
        }
        return names;
    }

    /** Metric names in a Prometheus text exposition. */
    static Set<String> exportedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .forEach(l -> names.add(l.split("[{ ]", 2)[0]));
        return names;
    }
}
