package io.litstream.ingest.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import io.litstream.ingest.identity.ContentHash;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.ArticleBlock.Type;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One ClinicalTrials.gov study (API v2 JSON) as an article with id {@code nct:NCT…}: its title,
 * status, phase, design and enrolment, conditions, arms and interventions, primary and secondary
 * outcomes and, when results are posted, every outcome measure with its groups' values and its
 * analyses (estimate, confidence interval, p-value) written as sentences in paragraphs, which is
 * where extract looks for findings. The same study updated later has the same id: an update.
 *
 * <p>{@code sourceKind} is {@code URL} (the study is read from an API by URL) and {@code format}
 * is {@code ctgov}: no new {@code SourceKind} constant, which would break readers of v1 records.
 */
public final class StudyArticle {
    /** The {@code format} of every article this source publishes. */
    public static final String FORMAT = "ctgov";
    private static final Pattern NCT = Pattern.compile("NCT\\d{8}");

    private StudyArticle() {
    }

    /** The article, or empty when the study has no valid NCT number or no title. */
    public static Optional<RawArticle> of(JsonNode study, URI apiBase, Instant ingestedAt) {
        JsonNode protocol = study.path("protocolSection");
        JsonNode id = protocol.path("identificationModule");
        String nct = id.path("nctId").asText("").strip();
        String title = first(id.path("officialTitle").asText(""), id.path("briefTitle").asText(""));
        if (!NCT.matcher(nct).matches() || title.isEmpty()) {
            return Optional.empty();
        }
        List<ArticleBlock> blocks = new ArrayList<>();
        blocks.add(ArticleBlock.heading(1, title));
        blocks.add(paragraph(overview(protocol)));
        JsonNode description = protocol.path("descriptionModule");
        section(blocks, "Summary", List.of(description.path("briefSummary").asText("")));
        section(blocks, "Conditions", strings(protocol.path("conditionsModule").path("conditions")), Type.LIST_ITEM);
        arms(blocks, protocol.path("armsInterventionsModule"));
        outcomes(blocks, "Primary outcomes", protocol.path("outcomesModule").path("primaryOutcomes"));
        outcomes(blocks, "Secondary outcomes", protocol.path("outcomesModule").path("secondaryOutcomes"));
        results(blocks, study.path("resultsSection").path("outcomeMeasuresModule").path("outcomeMeasures"));
        blocks.removeIf(b -> b.text().isBlank());
        String text = blocks.stream().map(ArticleBlock::text).collect(Collectors.joining("\n\n"));
        String url = "https://clinicaltrials.gov/study/" + nct;
        String source = apiBase.resolve("studies/" + nct).toString();
        LocalDate posted = date(protocol.path("statusModule").path("studyFirstPostDateStruct").path("date").asText(""));
        return Optional.of(new RawArticle("nct:" + nct, source, SourceKind.URL, FORMAT, title, text, url, null, null,
                null, posted == null ? null : posted.getYear(), ContentHash.of(text), ingestedAt,
                studyTypes(protocol.path("designModule")), blocks, posted, "en"));
    }

    /** {@code lastUpdatePostDateStruct.date}: when the study changed last, or "" when unknown. */
    public static String lastUpdate(JsonNode study) {
        return study.path("protocolSection").path("statusModule").path("lastUpdatePostDateStruct").path("date").asText("");
    }

    private static String overview(JsonNode protocol) {
        JsonNode status = protocol.path("statusModule");
        JsonNode design = protocol.path("designModule");
        List<String> parts = new ArrayList<>();
        parts.add("ClinicalTrials.gov " + protocol.path("identificationModule").path("nctId").asText() + ".");
        String type = words(design.path("studyType").asText(""));
        List<String> phases = strings(design.path("phases")).stream().map(StudyArticle::words)
                .filter(p -> !p.equals("na")).toList();
        String allocation = words(design.path("designInfo").path("allocation").asText(""));
        String kind = String.join(" ", List.of(allocation, phases.isEmpty() ? "" : String.join("/", phases), type)
                .stream().filter(s -> !s.isBlank() && !s.equals("na")).toList());
        if (!kind.isBlank()) {
            parts.add("A " + kind + " study.");
        }
        String overall = words(status.path("overallStatus").asText(""));
        if (!overall.isBlank()) {
            parts.add("Status: " + overall + ".");
        }
        JsonNode enrolment = design.path("enrollmentInfo");
        if (enrolment.path("count").isNumber()) {
            parts.add("Enrolment: " + enrolment.path("count").asInt() + " participants"
                    + (enrolment.path("type").asText("").equals("ESTIMATED") ? " (estimated)." : "."));
        }
        return String.join(" ", parts);
    }

    private static void arms(List<ArticleBlock> blocks, JsonNode module) {
        List<String> items = new ArrayList<>();
        for (JsonNode arm : module.path("armGroups")) {
            String label = arm.path("label").asText("").strip();
            String type = words(arm.path("type").asText(""));
            String description = arm.path("description").asText("").strip();
            items.add(label + (type.isBlank() ? "" : " (" + type + ")") + (description.isEmpty() ? "" : ": " + description));
        }
        for (JsonNode intervention : module.path("interventions")) {
            String type = words(intervention.path("type").asText(""));
            String name = intervention.path("name").asText("").strip();
            String description = intervention.path("description").asText("").strip();
            items.add("Intervention" + (type.isBlank() ? "" : " (" + type + ")") + ": " + name
                    + (description.isEmpty() ? "" : ". " + description));
        }
        section(blocks, "Arms and interventions", items, Type.LIST_ITEM);
    }

    private static void outcomes(List<ArticleBlock> blocks, String heading, JsonNode outcomes) {
        List<String> items = new ArrayList<>();
        for (JsonNode o : outcomes) {
            String frame = o.path("timeFrame").asText("").strip();
            items.add(o.path("measure").asText("").strip() + (frame.isEmpty() ? "" : " (time frame: " + frame + ")"));
        }
        section(blocks, heading, items, Type.LIST_ITEM);
    }

    /** Each posted outcome measure: a paragraph of group values, and one sentence per analysis. */
    private static void results(List<ArticleBlock> blocks, JsonNode measures) {
        if (!measures.isArray() || measures.isEmpty()) {
            return;
        }
        blocks.add(ArticleBlock.heading(2, "Results"));
        for (JsonNode m : measures) {
            Map<String, String> groups = new HashMap<>();
            for (JsonNode g : m.path("groups")) {
                groups.put(g.path("id").asText(), g.path("title").asText("").strip());
            }
            Map<String, String> counts = new HashMap<>();
            for (JsonNode denom : m.path("denoms")) {
                for (JsonNode c : denom.path("counts")) {
                    counts.putIfAbsent(c.path("groupId").asText(), c.path("value").asText());
                }
            }
            String title = m.path("title").asText("").strip();
            String type = words(m.path("type").asText("outcome"));
            blocks.add(ArticleBlock.heading(3, capitalised(type) + " outcome: " + title));
            List<String> values = new ArrayList<>();
            String param = words(m.path("paramType").asText(""));
            String dispersion = words(m.path("dispersionType").asText(""));
            String unit = m.path("unitOfMeasure").asText("").strip();
            for (JsonNode cls : m.path("classes")) {
                for (JsonNode category : cls.path("categories")) {
                    for (JsonNode v : category.path("measurements")) {
                        String group = groups.getOrDefault(v.path("groupId").asText(), v.path("groupId").asText());
                        String n = counts.get(v.path("groupId").asText());
                        String spread = v.path("spread").asText("");
                        values.add(group + (n == null ? "" : " (n=" + n + ")") + ": " + param + " " + v.path("value").asText()
                                + (unit.isEmpty() ? "" : " " + unit)
                                + (spread.isEmpty() ? "" : " (" + dispersion + " " + spread + ")"));
                    }
                }
            }
            if (!values.isEmpty()) {
                blocks.add(paragraph("For " + lowerFirst(title) + ", " + String.join("; ", values) + "."));
            }
            for (JsonNode a : m.path("analyses")) {
                blocks.add(paragraph(analysis(a, groups, title)));
            }
        }
    }

    /**
     * One analysis as a sentence. With two groups and a p-value the sentence says what the numbers
     * say, in the words extract reads: "did not differ significantly" when p is at least 0.05,
     * "a significantly lower/higher …" (the sign of the estimate, which the registry reports as the
     * first group against the second) when it is below; otherwise the numbers alone.
     */
    private static String analysis(JsonNode a, Map<String, String> groups, String measure) {
        List<String> names = strings(a.path("groupIds")).stream().map(g -> groups.getOrDefault(g, g)).toList();
        String what = lowerFirst(measure);
        List<String> figures = new ArrayList<>();
        String param = a.path("paramType").asText("").strip();
        String value = a.path("paramValue").asText("").strip();
        if (!value.isEmpty()) {
            String low = a.path("ciLowerLimit").asText("").strip();
            String high = a.path("ciUpperLimit").asText("").strip();
            figures.add((param.isEmpty() ? "estimate" : param.toLowerCase(Locale.ROOT)) + " " + value
                    + (low.isEmpty() || high.isEmpty() ? ""
                    : ", " + a.path("ciPctValue").asText("95").strip() + "% CI " + low + " to " + high));
        }
        String p = a.path("pValue").asText("").strip();
        if (!p.isEmpty()) {
            figures.add(p.startsWith("<") || p.startsWith(">") || p.startsWith("=") ? "p" + p : "p=" + p);
        }
        String method = a.path("statisticalMethod").asText("").strip();
        if (!method.isEmpty()) {
            figures.add(method);
        }
        String numbers = figures.isEmpty() ? "" : " (" + String.join("; ", figures) + ")";
        Optional<Double> pValue = number(p.replaceFirst("^[<=>]\\s*", ""));
        Optional<Double> estimate = number(value);
        if (names.size() == 2 && pValue.isPresent()) {
            boolean below = pValue.get() < 0.05 || (p.startsWith("<") && pValue.get() <= 0.05);
            if (!below) {
                return names.get(0) + " did not differ significantly from " + names.get(1) + " in " + what + numbers + ".";
            }
            if (estimate.isPresent() && estimate.get() != 0) {
                return names.get(0) + " showed a significantly " + (estimate.get() < 0 ? "lower " : "higher ") + what
                        + " than " + names.get(1) + numbers + ".";
            }
            return names.get(0) + " differed significantly from " + names.get(1) + " in " + what + numbers + ".";
        }
        return (names.isEmpty() ? "The groups" : String.join(" versus ", names)) + " on " + what + numbers + ".";
    }

    private static Optional<Double> number(String s) {
        try {
            return s.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> studyTypes(JsonNode design) {
        List<String> types = new ArrayList<>();
        String allocation = design.path("designInfo").path("allocation").asText("");
        if (design.path("studyType").asText("").equals("INTERVENTIONAL") && allocation.equals("RANDOMIZED")) {
            types.add("Randomized Controlled Trial"); // the PubMed publication type extract already knows
        }
        types.add("Clinical Trial");
        return types;
    }

    private static void section(List<ArticleBlock> blocks, String heading, List<String> paragraphs) {
        section(blocks, heading, paragraphs, Type.PARAGRAPH);
    }

    private static void section(List<ArticleBlock> blocks, String heading, List<String> items, Type type) {
        List<String> present = items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (present.isEmpty()) {
            return;
        }
        blocks.add(ArticleBlock.heading(2, heading));
        present.forEach(item -> blocks.add(ArticleBlock.of(type, collapse(item))));
    }

    private static ArticleBlock paragraph(String text) {
        return ArticleBlock.of(Type.PARAGRAPH, collapse(text));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** {@code ACTIVE_NOT_RECRUITING} → {@code active not recruiting}; {@code PHASE2} → {@code phase 2}. */
    private static String words(String constant) {
        return constant.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("^phase(\\d)", "phase $1")
                .replaceAll("^early phase(\\d)", "early phase $1");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String first(String a, String b) {
        return !a.isBlank() ? a.strip() : b.strip();
    }

    private static LocalDate date(String s) {
        try {
            return s.length() == 10 ? LocalDate.parse(s) : s.length() == 7 ? LocalDate.parse(s + "-01") : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
