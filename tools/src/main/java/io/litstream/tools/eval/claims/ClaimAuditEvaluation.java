package io.litstream.tools.eval.claims;

import io.litstream.extract.ArticleExtractor;
import io.litstream.tools.eval.score.EvalScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The evidence-claims audit set scored through the product path: every audit article (its
 * Evidence Inference text file) and page is read and extracted as {@code ./litstream extract}
 * would, and its claims scored against the analyst's labels ({@link ClaimAuditScorer}). One split
 * at a time: {@code dev} while working, {@code test} once, for the report.
 */
public final class ClaimAuditEvaluation {
    static final String TASK = "claims audit";

    private ClaimAuditEvaluation() {
    }

    /**
     * @param auditDir   the audit set's folder
     * @param sharedData {@code ../shared/data}
     */
    public static List<EvalScore> run(Path auditDir, Path sharedData, String split) throws IOException {
        Split which = Split.parse(split);
        ProductPath path = new ProductPath(ArticleExtractor.create());
        AuditCounts articles = AuditCounts.NONE;
        AuditCounts pages = AuditCounts.NONE;
        int documents = 0;
        for (AuditDocument doc : AuditSet.load(auditDir, sharedData.resolve("evidence-inference/txt"))) {
            if (doc.split() != which) {
                continue;
            }
            Optional<ProductPath.Extracted> read = path.extract(doc.file());
            if (read.isEmpty()) {
                continue;
            }
            documents++;
            // articles' labels are offsets into the file; pages' sentences are found in the cleaned text
            NormalisedText reference = NormalisedText.of(doc.page() ? read.get().article().text()
                    : Files.readString(doc.file(), StandardCharsets.UTF_8));
            AuditCounts c = ClaimAuditScorer.score(doc, new LocatedClaims(read.get().extraction(), reference), reference);
            if (doc.page()) {
                pages = pages.plus(c);
            } else {
                articles = articles.plus(c);
            }
        }
        return rows(articles, pages, which, documents);
    }

    static List<EvalScore> rows(AuditCounts articles, AuditCounts pages, Split split, int documents) {
        AuditCounts all = articles.plus(pages);
        String task = TASK + " (" + split.label() + ")";
        List<EvalScore> rows = new ArrayList<>();
        rows.add(new EvalScore(task, "claim precision", all.claimPrecision(), 0.80, String.format(Locale.ROOT,
                "%d/%d claims from labelled sentences right on therapy, type, polarity, hedging, evidence"
                        + " (abstracts %.3f, pages %.3f; %d documents; %d claims not located)",
                all.allRight(), all.labelled(), articles.claimPrecision(), pages.claimPrecision(), documents,
                all.unlocated())));
        rows.add(new EvalScore(task, "finding sent.", all.findingPrecision(), 0.95, String.format(Locale.ROOT,
                "%d of %d claims sit on a finding (abstracts %.3f, pages %.3f)", all.onFindings(), all.labelled(),
                articles.findingPrecision(), pages.findingPrecision())));
        rows.add(new EvalScore(task, "polarity", all.polarityPrecision(), 0.90, String.format(Locale.ROOT,
                "%d/%d matched claims; therapy %.3f (%d/%d on findings), type %.3f, hedging %.3f",
                all.polarityRight(), all.matched(), all.therapyPrecision(), all.matched(), all.onFindings(),
                all.typePrecision(), all.hedgedPrecision())));
        rows.add(new EvalScore(task, "evidence level", all.evidencePrecision(), 0.90, String.format(Locale.ROOT,
                "%d/%d matched claims (abstracts %.3f, pages %.3f)", all.evidenceRight(), all.matched(),
                articles.evidencePrecision(), pages.evidencePrecision())));
        rows.add(new EvalScore(task, "main recall", all.mainRecall(), 0.70, String.format(Locale.ROOT,
                "%d/%d main findings with a claim of the right therapy and polarity (abstracts %.3f, pages %.3f)",
                all.mainFound(), all.main(), articles.mainRecall(), pages.mainRecall())));
        return rows;
    }
}
