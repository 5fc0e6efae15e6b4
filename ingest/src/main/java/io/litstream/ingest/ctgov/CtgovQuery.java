package io.litstream.ingest.ctgov;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One ClinicalTrials.gov search ({@code --ctgov QUERY}, {@code ingest.ctgov.queries}): a condition
 * and, optionally, an intervention, written {@code cond=depression&intr=esketamine}; a bare
 * {@code depression} is a condition. They become the API's {@code query.cond} and {@code query.intr}.
 *
 * @param condition    {@code query.cond}, or {@code null}
 * @param intervention {@code query.intr}, or {@code null}
 */
public record CtgovQuery(String condition, String intervention) {
    public CtgovQuery {
        if (blank(condition) && blank(intervention)) {
            throw new IllegalArgumentException("a ClinicalTrials.gov query needs a condition or an intervention");
        }
        condition = blank(condition) ? null : condition.strip();
        intervention = blank(intervention) ? null : intervention.strip();
    }

    /** Reads {@code cond=…&intr=…} or a bare condition. */
    public static CtgovQuery parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.contains("=")) {
            return new CtgovQuery(text, null);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split("&")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? "" : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!key.equals("cond") && !key.equals("intr")) {
                throw new IllegalArgumentException("ClinicalTrials.gov query parts are cond=… and intr=…, not '" + part + "'");
            }
            parts.put(key, part.substring(eq + 1));
        }
        return new CtgovQuery(parts.get("cond"), parts.get("intr"));
    }

    /** The API parameters of this query. */
    public Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (condition != null) {
            params.put("query.cond", condition);
        }
        if (intervention != null) {
            params.put("query.intr", intervention);
        }
        return params;
    }

    @Override
    public String toString() {
        return (condition == null ? "" : "cond=" + condition) + (condition != null && intervention != null ? "&" : "")
                + (intervention == null ? "" : "intr=" + intervention);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
