package io.litstream.tools.vocab;

import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.topics.extraction.EntityIds;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litstream vocab}: rebuilds the lexicon's outside ids and vocabulary synonyms. */
@Command(name = "vocab", mixinStandardHelpOptions = true,
        description = {
            "Maps the lexicon onto MeSH, DrugBank, ChEBI and GO from the shared vocabularies, by exact",
            "name, and writes the derived tables extract ships (same vocabularies, same tables):",
            "  ids.tsv                  each entry's ids",
            "  vocabulary-synonyms.tsv  DrugBank's names of the lexicon's drugs",
            "  vocabulary-names.tsv     ids for therapies the name finder discovers",
            "and prints the mapping table to review (--table) or what was left out (--rejected)."},
        footer = {"", "Examples:", "  litstream vocab", "  litstream vocab --table > /tmp/ids.txt"})
public final class VocabCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/vocab",
            description = "The vocabulary folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "extract/src/main/resources/io/litstream/extract/lexicon",
            description = "Where to write the tables (default: the lexicon's source folder, ${DEFAULT-VALUE};"
                    + " rebuild extract to ship them).")
    Path out;

    @Option(names = "--table", description = "Print every entry with its ids and notes.")
    boolean table;

    @Option(names = "--rejected", description = "Print every DrugBank synonym left out and why.")
    boolean rejected;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (!Files.isRegularFile(data.resolve(Vocabulary.DRUGBANK))) {
            spec.commandLine().getErr().println("litstream vocab: no vocabularies at " + data.toAbsolutePath());
            return 2;
        }
        Vocabulary vocabulary = Vocabulary.read(data);
        Review review = Review.shipped();
        List<LexiconEntry> handWritten = Lexicon.handWritten();
        List<EntryMapping> mappings = new IdMapper(vocabulary, review).map(handWritten);
        SynonymHarvest harvest = new SynonymHarvest(vocabulary, review, handWritten);
        Map<String, List<String>> synonyms = harvest.harvest(mappings);
        Map<String, EntityIds> names = DiscoveryNames.of(vocabulary);
        DerivedTables.writeIds(out, mappings);
        DerivedTables.writeSynonyms(out, synonyms);
        DerivedTables.writeNames(out, names);
        if (table) {
            for (EntryMapping m : mappings) {
                EntityIds ids = m.ids();
                w.printf("%-32s %-10s %-11s %-8s %-15s %-12s %s | %s%n", m.entry().id(), m.entry().category(),
                        cell(ids.mesh()), cell(ids.drugbank()), cell(ids.chebi()), cell(ids.go()),
                        ids.mesh() == null ? "" : vocabulary.mesh().get(ids.mesh()),
                        String.join("; ", m.notes()));
            }
            synonyms.forEach((id, forms) -> w.println("synonyms " + id + ": " + String.join(" | ", forms)));
        }
        if (rejected) {
            harvest.rejected().forEach(w::println);
        }
        long withIds = mappings.stream().filter(m -> m.ids().hasAny()).count();
        w.printf("%d of %d entries have ids; %d therapies gain %d DrugBank synonyms; %d names for discovered"
                        + " therapies; written to %s%n", withIds, mappings.size(), synonyms.size(),
                synonyms.values().stream().mapToInt(List::size).sum(), names.size(), out);
        return 0;
    }

    private static String cell(String s) {
        return s == null ? "-" : s;
    }
}
