package io.litstream.tools.eval;

import io.litstream.tools.eval.score.EvalScore;
import io.litstream.extract.ArticleExtractor;
import io.litstream.tools.ner.EbmNlpDocument;
import io.litstream.tools.ner.F1Counts;
import io.litstream.tools.ner.NerTraining;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The intervention token F1 of the product: each held-out EBM-NLP abstract (the same ones the
 * model is scored on, {@link NerTraining#interventionSplit}) written as a plain-text file (title
 * line, blank line, abstract) and taken through exactly what {@code litstream extract} does
 * (ingest's reader and cleaner, then the extractor); a corpus token counts as found when the
 * extraction's output covers it — an arm's offsets, or an occurrence of one of its therapies'
 * mentions ({@link ExtractionTokens}).
 */
final class ProductInterventionEvaluation {
    static final String TASK = "EBM-NLP interventions, product";
    static final double TARGET = 0.62;

    private ProductInterventionEvaluation() {
    }

    static EvalScore run(Path data) throws IOException {
        ArticleReader reader = new ArticleReader();
        ArticleExtractor extractor = ArticleExtractor.create();
        F1Counts total = F1Counts.ZERO;
        int read = 0;
        var heldOut = NerTraining.interventionSplit(data).heldOut();
        for (EbmNlpDocument doc : heldOut) {
            String file = doc.pmid() + ".txt";
            byte[] bytes = ExtractionTokens.render(doc).getBytes(StandardCharsets.UTF_8);
            if (reader.read(file, RawArticle.SourceKind.DIRECTORY, file, bytes) instanceof ReadResult.Accepted a) {
                read++;
                total = total.plus(ExtractionTokens.score(doc, a.article(), extractor.extract(a.article())));
            } else {
                total = total.plus(ExtractionTokens.score(doc, null, null));
            }
        }
        return new EvalScore(TASK, "token F1", total.f1(), TARGET, String.format(Locale.ROOT,
                "%s, %d of %d held-out abstracts as .txt files through litstream extract (arms and therapy"
                        + " mentions)", total.summary(), read, heldOut.size()));
    }
}
