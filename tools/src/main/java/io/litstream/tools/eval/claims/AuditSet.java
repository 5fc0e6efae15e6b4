package io.litstream.tools.eval.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Reads the evidence-claims audit set ({@code tools/src/main/resources/io/litstream/tools/audit/},
 * format in its README): the Evidence Inference abstracts, whose offsets point into the shared
 * {@code txt/PMC<id>.txt}, and the project's own web pages.
 */
final class AuditSet {
    static final String ARTICLES = "evidence-inference-abstracts.jsonl";
    static final String PAGES = "web-pages.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditSet() {
    }

    /**
     * @param auditDir the audit folder
     * @param eiText   the shared Evidence Inference {@code txt/} folder
     */
    static List<AuditDocument> load(Path auditDir, Path eiText) throws IOException {
        List<AuditDocument> out = new ArrayList<>();
        for (String line : Files.readAllLines(auditDir.resolve(ARTICLES), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                Path file = eiText.resolve(n.get("pmc").asText() + ".txt");
                out.add(document(n, n.get("pmc").asText(), file, false, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        for (String line : Files.readAllLines(auditDir.resolve(PAGES), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                out.add(document(n, n.get("page").asText(), auditDir.resolve(n.get("page").asText()), true, null));
            }
        }
        return out;
    }

    private static AuditDocument document(JsonNode n, String key, Path file, boolean page, String articleText) {
        List<AuditFinding> findings = new ArrayList<>();
        for (JsonNode f : n.get("findings")) {
            findings.add(new AuditFinding(where(f, page, articleText), text(f, "therapy"), text(f, "intervention"),
                    text(f, "comparator"), text(f, "outcome"), text(f, "measure"), text(f, "direction"),
                    text(f, "type"), text(f, "polarity"), f.path("hedged").asBoolean(), f.path("main").asBoolean()));
        }
        List<LabelledSentence> non = new ArrayList<>();
        for (JsonNode s : n.get("nonFindings")) {
            non.add(where(s, page, articleText));
        }
        Integer size = n.hasNonNull("sampleSize") ? n.get("sampleSize").asInt() : null;
        return new AuditDocument(key, Split.parse(n.get("split").asText()), file, page, text(n, "design"), size,
                text(n, "evidence"), findings, non);
    }

    /** A finding object or a non-finding ({@code [start, end]} on articles, an object on pages). */
    private static LabelledSentence where(JsonNode n, boolean page, String articleText) {
        if (page) {
            // the page's sentence is raw file text: entities and inline markup as written
            return LabelledSentence.reading(Jsoup.parse(n.get("sentence").asText()).text());
        }
        int start = n.isArray() ? n.get(0).asInt() : n.get("start").asInt();
        int end = n.isArray() ? n.get(1).asInt() : n.get("end").asInt();
        return LabelledSentence.at(CodePoints.span(articleText, start, end));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
