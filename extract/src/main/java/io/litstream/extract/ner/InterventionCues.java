package io.litstream.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The comparator heads and trial-arm cue words the intervention tagger reads as context, from the
 * data file {@value #RESOURCE} beside this class (its header says what each kind is for).
 *
 * @param comparators heads of control arms (placebo, usual care, sham ...), lower case
 * @param cues        words around a trial's arms (randomized, versus, plus, group ...), lower case
 */
public record InterventionCues(Set<String> comparators, Set<String> cues) {
    public static final String RESOURCE = "intervention-cues.txt";

    public InterventionCues {
        comparators = Set.copyOf(comparators);
        cues = Set.copyOf(cues);
    }

    public boolean isComparator(String word) {
        return comparators.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isCue(String word) {
        return cues.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The shipped file. */
    public static InterventionCues shipped() {
        try (InputStream in = InterventionCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static InterventionCues parse(BufferedReader in) throws IOException {
        Set<String> comparators = new HashSet<>();
        Set<String> cues = new HashSet<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\t");
            if (f.length != 2) {
                throw new IOException(RESOURCE + " line " + lineNo + ": expected 'kind<TAB>word', got '" + line + "'");
            }
            String word = f[1].strip().toLowerCase(Locale.ROOT);
            switch (f[0]) {
                case "comparator" -> comparators.add(word);
                case "cue" -> cues.add(word);
                default -> throw new IOException(RESOURCE + " line " + lineNo + ": unknown kind '" + f[0] + "'");
            }
        }
        return new InterventionCues(comparators, cues);
    }
}
