package io.litstream.tools.eval.claims;

import java.nio.file.Path;
import java.util.List;

/**
 * One labelled article or page of the audit set.
 *
 * @param key         {@code PMC<id>} or {@code pages/<file>}
 * @param file        what {@code ./litstream extract} reads
 * @param page        a web page (labelled sentences found by text in the cleaned page) rather than an article
 * @param evidence    the one evidence level of the article
 * @param nonFindings sentences that state no finding: a claim from one is wrong
 */
record AuditDocument(String key, Split split, Path file, boolean page, String design, Integer sampleSize,
                     String evidence, List<AuditFinding> findings, List<LabelledSentence> nonFindings) {
    AuditDocument {
        findings = List.copyOf(findings);
        nonFindings = List.copyOf(nonFindings);
    }
}
