package io.litstream.tools.ner;

import io.litstream.extract.ner.TaggedToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads EBM-NLP PICO data in the CoNLL layout SciBERT distributes: a {@code -DOCSTART- (pmid)}
 * line per abstract, then one {@code token POS chunk TAG} line per token, a blank line between
 * sentences. Only the first field (token) and the last (tag) are used, so the expert release's
 * {@code token TAG} lines read the same way.
 */
public final class EbmNlpReader {
    private static final String DOCSTART = "-DOCSTART-";

    private EbmNlpReader() {
    }

    public static List<EbmNlpDocument> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static List<EbmNlpDocument> read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<EbmNlpDocument> out = new ArrayList<>();
        String pmid = null;
        List<List<TaggedToken>> sentences = new ArrayList<>();
        List<TaggedToken> sentence = new ArrayList<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.startsWith(DOCSTART)) {
                endSentence(sentences, sentence);
                if (pmid != null) {
                    out.add(new EbmNlpDocument(pmid, sentences));
                }
                pmid = pmid(trimmed);
                sentences = new ArrayList<>();
            } else if (trimmed.isEmpty()) {
                endSentence(sentences, sentence);
            } else {
                if (pmid == null) {
                    throw new IOException("line " + lineNo + ": token before the first " + DOCSTART);
                }
                String[] f = trimmed.split("\\s+");
                if (f.length < 2) {
                    throw new IOException("line " + lineNo + ": expected 'token ... TAG', got '" + line + "'");
                }
                sentence.add(new TaggedToken(f[0], f[f.length - 1]));
            }
        }
        endSentence(sentences, sentence);
        if (pmid != null) {
            out.add(new EbmNlpDocument(pmid, sentences));
        }
        return out;
    }

    /**
     * The PubMed id of a {@code -DOCSTART- (pmid)} line: what stands in the brackets (the expert
     * release writes a subset name after them, {@code -DOCSTART- (pmid) random}).
     */
    static String pmid(String docstart) {
        String rest = docstart.substring(DOCSTART.length());
        int open = rest.indexOf('(');
        int close = rest.indexOf(')', open + 1);
        return (open >= 0 && close > open ? rest.substring(open + 1, close) : rest).strip();
    }

    private static void endSentence(List<List<TaggedToken>> sentences, List<TaggedToken> sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
            sentence.clear();
        }
    }
}
