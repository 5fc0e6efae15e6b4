package io.litstream.tools.eval.extraction;

import io.litstream.extract.ArticleExtractor;
import io.litstream.extract.arms.ArmNames;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.TrialArm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measurement, not a test: what the arms that map to no therapy are, on the Evidence Inference trial
 * reports, and how many of them would become therapies under a recurrence rule. Each report is
 * extracted as a web article (no PubMed id: only its trial sections and trial-cue sentences are
 * tagged); an intervention or unknown arm without a therapy is reduced to its name
 * ({@link ArmNames#of}) and counted once per report.
 *
 * <pre>java -cp ... io.litstream.extract.eval.UnmappedArms SHARED_DATA [every Nth report] [top]</pre>
 */
public final class UnmappedArms {
    private UnmappedArms() {
    }

    public static void main(String[] args) throws IOException {
        Path txt = Path.of(args[0]).resolve("evidence-inference/txt");
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        ArticleExtractor extractor = ArticleExtractor.create();
        Map<String, Set<String>> articlesByName = new HashMap<>();
        int reports = 0;
        int arms = 0;
        int mapped = 0;
        int comparators = 0;
        int unmapped = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(txt)) {
            files = list.sorted().toList();
        }
        for (int i = 0; i < files.size(); i += every) {
            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            String id = files.get(i).getFileName().toString();
            ArticleExtraction x = extractor.extract(new RawArticle("ei:" + id, id, RawArticle.SourceKind.DIRECTORY,
                    "text", null, text, null, null, null, null, null, null, null));
            reports++;
            for (TrialArm arm : x.armsOrEmpty()) {
                arms++;
                if (arm.therapy() != null) {
                    mapped++;
                } else if (arm.role() == TrialArm.Role.COMPARATOR) {
                    comparators++;
                } else {
                    unmapped++;
                    ArmNames.of(arm.text()).ifPresent(n -> articlesByName.computeIfAbsent(n, k -> new HashSet<>())
                            .add(id));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d reports, %d arms: %d mapped to a therapy, %d comparators, %d unmapped"
                + " (%d distinct names)%n", reports, arms, mapped, comparators, unmapped, articlesByName.size());
        for (int k : new int[] {2, 3, 5, 10}) {
            long n = articlesByName.values().stream().filter(s -> s.size() >= k).count();
            System.out.printf(Locale.ROOT, "names in at least %d reports: %d%n", k, n);
        }
        articlesByName.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() != a.getValue().size()
                        ? b.getValue().size() - a.getValue().size() : a.getKey().compareTo(b.getKey()))
                .limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%4d  %s%n", e.getValue().size(), e.getKey()));
    }
}
