package io.litstream.tools.eval.extraction;

import io.litstream.aggregate.arm.CandidateTherapies;
import io.litstream.extract.ArticleExtractor;
import io.litstream.tools.ner.EbmNlpDocument;
import io.litstream.tools.ner.EbmNlpReader;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.TrialArm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measurement, not a test: what the arms that map to no therapy are, and how many would become
 * therapies under the aggregate's promotion rule ({@link CandidateTherapies}: an intervention arm
 * with a name left after the generic words, promoted once it recurs in N distinct articles).
 * Corpora: the Evidence Inference trial reports (extracted as web articles with no PubMed id: only
 * their trial sections and trial-cue sentences are tagged) and the EBM-NLP expert abstracts (the
 * tokens joined by spaces, extracted as PubMed records, so read whole). Note that the tagger was
 * trained on the expert abstracts: its arms there are better than on unseen text.
 *
 * <pre>java -cp ... io.litstream.tools.eval.extraction.UnmappedArms SHARED_DATA [every Nth report] [top]</pre>
 */
public final class UnmappedArms {
    private final ArticleExtractor extractor = ArticleExtractor.create();
    private final Map<String, Set<String>> articlesByCandidate = new HashMap<>();
    private int articles;
    private int arms;
    private int mapped;
    private int comparators;
    private int unknownRole;
    private int unnamed;
    private int candidateArms;

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        UnmappedArms ei = new UnmappedArms();
        List<Path> files;
        try (Stream<Path> list = Files.list(data.resolve("evidence-inference/txt"))) {
            files = list.sorted().toList();
        }
        for (int i = 0; i < files.size(); i += every) {
            String id = files.get(i).getFileName().toString();
            ei.count("ei:" + id, new RawArticle("ei:" + id, id, RawArticle.SourceKind.DIRECTORY, "text", null,
                    Files.readString(files.get(i), StandardCharsets.UTF_8), null, null, null, null, null, null, null));
        }
        ei.report("Evidence Inference, every " + every + "th report", top);

        UnmappedArms ebm = new UnmappedArms();
        for (EbmNlpDocument doc : EbmNlpReader.read(data.resolve("ebmnlp-expert/interventions.txt"))) {
            String text = doc.sentences().stream()
                    .map(s -> s.stream().map(t -> t.text()).collect(Collectors.joining(" ")))
                    .collect(Collectors.joining("\n"));
            ebm.count("pmid:" + doc.pmid(), new RawArticle("pmid:" + doc.pmid(), "ebmnlp-expert",
                    RawArticle.SourceKind.DIRECTORY, "text", null, text, null, null, doc.pmid(), null, null, null,
                    null));
        }
        ebm.report("EBM-NLP expert abstracts", top);

        UnmappedArms both = new UnmappedArms();
        for (UnmappedArms one : List.of(ei, ebm)) {
            one.articlesByCandidate.forEach((k, v) -> both.articlesByCandidate
                    .computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            both.articles += one.articles;
        }
        both.report("both corpora together", 0);
        for (int k : new int[] {3, 5}) {
            List<String> promoted = new ArrayList<>(both.articlesByCandidate.entrySet().stream()
                    .filter(e -> e.getValue().size() >= k).map(Map.Entry::getKey).sorted().toList());
            // A fixed seed: the sample to eyeball is the same on every run.
            java.util.Collections.shuffle(promoted, new java.util.Random(19));
            System.out.printf(Locale.ROOT, "a sample of 30 promoted at N=%d: %s%n", k,
                    promoted.subList(0, Math.min(30, promoted.size())));
        }
    }

    private void count(String articleId, RawArticle article) {
        ArticleExtraction x = extractor.extract(article);
        articles++;
        for (TrialArm arm : x.armsOrEmpty()) {
            arms++;
            if (arm.therapy() != null) {
                mapped++;
            } else if (arm.role() == TrialArm.Role.COMPARATOR) {
                comparators++;
            } else if (arm.role() == TrialArm.Role.UNKNOWN) {
                unknownRole++;
            } else {
                var id = CandidateTherapies.idOf(arm);
                if (id.isPresent()) {
                    candidateArms++;
                    articlesByCandidate.computeIfAbsent(id.get(), k -> new HashSet<>()).add(articleId);
                } else {
                    unnamed++;
                }
            }
        }
    }

    private void report(String corpus, int top) {
        System.out.printf(Locale.ROOT, "== %s: %d articles, %d arms: %d mapped to a therapy, %d comparators,"
                        + " %d unknown role, %d unmapped intervention arms of generic words only, %d candidate arms"
                        + " (%d distinct candidates)%n", corpus, articles, arms, mapped, comparators, unknownRole,
                unnamed, candidateArms, articlesByCandidate.size());
        for (int k : new int[] {2, 3, 5, 10}) {
            long n = articlesByCandidate.values().stream().filter(s -> s.size() >= k).count();
            System.out.printf(Locale.ROOT, "candidates in at least %d articles: %d%n", k, n);
        }
        List<Map.Entry<String, Set<String>>> sorted = new ArrayList<>(articlesByCandidate.entrySet());
        sorted.sort((a, b) -> b.getValue().size() != a.getValue().size()
                ? b.getValue().size() - a.getValue().size() : a.getKey().compareTo(b.getKey()));
        sorted.stream().limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%4d  %s%n", e.getValue().size(), e.getKey()));
    }
}
