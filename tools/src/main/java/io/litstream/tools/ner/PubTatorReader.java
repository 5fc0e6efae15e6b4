package io.litstream.tools.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the PubTator format of the BioCreative V CDR corpus: per document a {@code pmid|t|title}
 * line, a {@code pmid|a|abstract} line, then tab-separated mention lines
 * {@code pmid start end text type id}; documents end at a blank line. Relation lines
 * ({@code pmid CID chemical disease}) are skipped.
 */
public final class PubTatorReader {
    private PubTatorReader() {
    }

    public static List<PubTatorDocument> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static List<PubTatorDocument> read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<PubTatorDocument> out = new ArrayList<>();
        Builder doc = null;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                if (doc != null) {
                    out.add(doc.build());
                    doc = null;
                }
                continue;
            }
            int bar = line.indexOf('|');
            String kind = bar > 0 && line.length() >= bar + 3 && line.charAt(bar + 2) == '|'
                    && isNumber(line.substring(0, bar)) ? line.substring(bar + 1, bar + 2) : "";
            if (kind.equals("t")) {
                if (doc != null) {
                    out.add(doc.build());
                }
                doc = new Builder(line.substring(0, bar), line.substring(bar + 3));
            } else if (kind.equals("a")) {
                requireDoc(doc, lineNo).abstractText = line.substring(bar + 3);
            } else {
                String[] f = line.split("\t", -1);
                if (f.length >= 5 && isNumber(f[1]) && isNumber(f[2])) {
                    requireDoc(doc, lineNo).mentions.add(
                            new PubTatorMention(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4]));
                } else if (f.length < 4) {
                    throw new IOException("line " + lineNo + " is neither title, abstract, mention nor relation");
                }
            }
        }
        if (doc != null) {
            out.add(doc.build());
        }
        return out;
    }

    private static Builder requireDoc(Builder doc, int lineNo) throws IOException {
        if (doc == null) {
            throw new IOException("line " + lineNo + " comes before any title line");
        }
        return doc;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static final class Builder {
        final String pmid;
        final String title;
        String abstractText = "";
        final List<PubTatorMention> mentions = new ArrayList<>();

        Builder(String pmid, String title) {
            this.pmid = pmid;
            this.title = title;
        }

        PubTatorDocument build() {
            return new PubTatorDocument(pmid, title, abstractText, mentions);
        }
    }
}
