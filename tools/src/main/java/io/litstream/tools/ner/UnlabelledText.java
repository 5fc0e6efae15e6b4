package io.litstream.tools.ner;

 import io.litstream.extract.ner.NerTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * The unlabelled text the word classes ({@link WordClusters}) are learnt from, as sentences of
 * tokens ({@link NerTokenizer}): the titles and abstracts of the BC5CDR training and development
 * sets, the intervention, comparator and outcome strings of the Evidence Inference prompts, and the
 * EBM-NLP training documents' tokens (their labels unused; the held-out documents are left out).
 */
public final class UnlabelledText {
    static final String PROMPTS = "evidence-inference/prompts_merged.csv";
    /** Columns of the prompts file that hold text, in the order they are read. */
    private static final List<String> PROMPT_TEXT_COLUMNS = List.of("Outcome", "Intervention", "Comparator");

    private UnlabelledText() {
    }

    /**
     * @param data          the shared data folder
     * @param ebmNlpTraining the EBM-NLP training documents' sentences as tokens
     */
    public static List<String[]> sentences(Path data, NerTokenizer tokenizer, List<List<String[]>> ebmNlpTraining)
            throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String file : List.of(NerTraining.BC5CDR_TRAIN, NerTraining.BC5CDR_DEV)) {
            for (PubTatorDocument d : PubTatorReader.read(data.resolve(file))) {
                for (String part : List.of(d.title(), d.abstractText())) {
                    for (Span s : tokenizer.sentences(part)) {
                        out.add(words(part, tokenizer.tokens(part, s)));
                    }
                }
            }
        }
        ebmNlpTraining.forEach(out::addAll);
        Path prompts = data.resolve(PROMPTS);
        if (Files.exists(prompts)) {
            List<List<String>> rows = CsvReader.parse(Files.readString(prompts, StandardCharsets.UTF_8));
            List<Integer> columns = rows.isEmpty() ? List.of()
                    : PROMPT_TEXT_COLUMNS.stream().map(rows.get(0)::indexOf).filter(c -> c >= 0).toList();
            for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                for (int column : columns) {
                    String text = column < row.size() ? row.get(column).strip() : "";
                    if (!text.isEmpty()) {
                        out.add(words(text, tokenizer.tokens(text)));
                    }
                }
            }
        }
        return out;
    }

    private static String[] words(String text, Span[] tokens) {
        String[] w = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            w[i] = text.substring(tokens[i].getStart(), tokens[i].getEnd());
        }
        return w;
    }
}
