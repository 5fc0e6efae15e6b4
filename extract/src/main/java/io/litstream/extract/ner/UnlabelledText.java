package io.litstream.extract.ner;

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
    /** Columns of the prompts file that hold text (Outcome, Intervention, Comparator). */
    private static final List<Integer> PROMPT_TEXT_COLUMNS = List.of(2, 3, 4);

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
            List<List<String>> rows = csv(Files.readString(prompts, StandardCharsets.UTF_8));
            for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                for (int column : PROMPT_TEXT_COLUMNS) {
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

    /** Rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks). */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
