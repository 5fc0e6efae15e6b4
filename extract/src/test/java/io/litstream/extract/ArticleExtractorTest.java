package io.litstream.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.nlp.NlpModels;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ArticleExtractor(NlpModels.english(), Lexicon.shared(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ArticleExtraction extract(String title, String text) {
        return extractor.extract(new RawArticle("doi:10.1/x", "/data/x.txt", RawArticle.SourceKind.DIRECTORY, "text",
                title, text, "https://example.org/x", "10.1/x", null, null, 2024, "abc", NOW));
    }

    private static ArticleExtraction extractPubmed(String title, String text, List<String> publicationTypes) {
        return extractor.extract(new RawArticle("pmid:1", "https://pubmed.ncbi.nlm.nih.gov/1/", RawArticle.SourceKind.PUBMED,
                "text", title, text, null, null, "1", null, 2024, "abc", NOW, publicationTypes));
    }

    private static ArticleExtraction extractBlocks(String title, List<ArticleBlock> blocks) {
        String text = blocks.stream().map(ArticleBlock::text).collect(java.util.stream.Collectors.joining("\n\n"));
        return extractor.extract(new RawArticle("doi:10.1/y", "/data/y.html", RawArticle.SourceKind.DIRECTORY, "html",
                title, text, null, "10.1/y", null, null, 2024, "abc", NOW, null, blocks, null, "en"));
    }

    @Test
    void ingestsBlocksDecideTheStructureAndATableNamesATherapyWithoutAClaim() {
        String finding = "Ketamine reduced depressive symptoms significantly compared with placebo in the randomized trial.";
        ArticleExtraction fromParagraph = extractBlocks("Ketamine trial", List.of(
                ArticleBlock.heading(2, "Results"), ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, finding)));
        assertTrue(fromParagraph.claims().stream().anyMatch(c -> c.therapy().equals("ketamine")), fromParagraph.toString());

        ArticleExtraction fromTable = extractBlocks("Trial arms", List.of(
                ArticleBlock.heading(2, "Results"), ArticleBlock.of(ArticleBlock.Type.TABLE, "Arm | Outcome\nKetamine | " + finding)));
        assertTrue(ids(fromTable.therapies()).contains("ketamine"), "a table's therapies are mentions: " + fromTable);
        assertTrue(fromTable.claims().isEmpty(), "a table row is not read for claims (yet): " + fromTable.claims());
    }

    @Test
    void aClinicalTrialsGovAnalysisSentenceIsReadAsAFinding() {
        // The shape ingest's ClinicalTrials.gov source gives each posted analysis (StudyArticle).
        ArticleExtraction study = extractBlocks("A Randomized Trial of Esketamine in Treatment-Resistant Depression", List.of(
                ArticleBlock.heading(1, "A Randomized Trial of Esketamine in Treatment-Resistant Depression"),
                ArticleBlock.heading(2, "Results"),
                ArticleBlock.heading(3, "Primary outcome: Change in MADRS Total Score"),
                ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, "For change in MADRS total score, Esketamine nasal spray (n=114):"
                        + " least squares mean -19.8 score on a scale (standard error 1.3); Placebo nasal spray (n=109): least"
                        + " squares mean -15.8 score on a scale (standard error 1.3)."),
                ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, "Esketamine nasal spray showed a significantly lower change in"
                        + " MADRS total score than Placebo nasal spray (mean difference -4.0, 95% CI -7.3 to -0.6; p=0.02;"
                        + " ANCOVA)."),
                ArticleBlock.heading(3, "Secondary outcome: Change in SDS Total Score"),
                ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, "Esketamine nasal spray did not differ significantly from"
                        + " Placebo nasal spray in change in SDS total score (mean difference -1.1, 95% CI -3.0 to 0.8;"
                        + " p=0.26; MMRM).")));
        List<String> polarities = study.claims().stream().filter(c -> c.therapy().equals("esketamine"))
                .map(c -> c.polarity().name()).toList();
        assertEquals(List.of("SUPPORTS", "NO_EFFECT"), polarities, study.toString());
    }

    private static List<String> ids(List<FoundEntity> entities) {
        return entities.stream().map(FoundEntity::id).toList();
    }

    @Test
    void aTrialRecordListsItsArmsWithRolesTherapiesAndOffsetsIntoTheText() {
        String text = "Adults with treatment-resistant depression were randomized to intranasal esketamine or to"
                + " placebo nasal spray for four weeks. Esketamine reduced depressive symptoms more than placebo.";
        ArticleExtraction x = extractPubmed("Esketamine versus placebo in treatment-resistant depression", text,
                List.of("Randomized Controlled Trial"));

        List<io.litstream.topics.extraction.TrialArm> arms = x.armsOrEmpty();
        assertFalse(arms.isEmpty(), "no arms in " + x);
        for (var arm : arms) {
            assertEquals(arm.text(), text.substring(arm.start(), arm.end()));
        }
        assertTrue(arms.stream().anyMatch(a -> "esketamine".equals(a.therapy())
                && a.role() == io.litstream.topics.extraction.TrialArm.Role.INTERVENTION), arms.toString());
        assertTrue(arms.stream().anyMatch(a -> a.text().toLowerCase().contains("placebo")
                && a.role() == io.litstream.topics.extraction.TrialArm.Role.COMPARATOR), arms.toString());
        FoundEntity esketamine = x.therapies().stream().filter(t -> t.id().equals("esketamine")).findFirst()
                .orElseThrow();
        assertTrue(arms.stream().filter(a -> "esketamine".equals(a.therapy()))
                .allMatch(a -> esketamine.mentions().contains(a.text().replaceAll("\\s+", " ").strip())
                        || esketamine.mentions().stream().anyMatch(m -> m.equalsIgnoreCase(a.text()))),
                "each mapped arm is a mention of its therapy: " + esketamine.mentions());
    }

    @Test
    void aWebPageWithoutTrialCuesHasNoArms() {
        ArticleExtraction x = extract("Living with depression",
                "Many people find that walking in the morning lifts their mood. Talk to your doctor about it.");
        assertTrue(x.armsOrEmpty().isEmpty(), x.armsOrEmpty().toString());
    }

    @Test
    void copiesProvenanceAndStampsVersionAndTime() {
        ArticleExtraction x = extract("Lithium Today", "Lithium prevents relapse in bipolar depression.");
        assertEquals("doi:10.1/x", x.articleId());
        assertEquals("/data/x.txt", x.source());
        assertEquals("Lithium Today", x.title());
        assertEquals("https://example.org/x", x.url());
        assertEquals(2024, x.year());
        assertEquals(NOW, x.extractedAt());
        assertEquals(extractor.version(), x.extractorVersion());
        assertEquals("litstream-extract/0.1.0+lexicon-" + Lexicon.shared().version()
                + "+ner-" + io.litstream.extract.ner.NerModels.shipped().forExtraction().version(), x.extractorVersion());
        assertTrue(x.extractorVersion().matches(".*\\+ner-[0-9a-f]{10}"), "names the model: " + x.extractorVersion());
        assertEquals(2, x.sentenceCount());
        assertTrue(x.tokenCount() > 5);
    }

    @Test
    void eachEntityIsReportedOnceWithItsDistinctMentionsInOrder() {
        ArticleExtraction x = extract(null, "Mesenchymal stem cells (MSCs) lowered IL-6. MSCs also raised BDNF. "
                + "Brain-derived neurotrophic factor rose further with mesenchymal stem cells.");
        assertEquals(List.of("mesenchymal-stem-cells"), ids(x.therapies()));
        assertEquals(List.of("Mesenchymal stem cells", "MSCs"), x.therapies().get(0).mentions());
        assertEquals("CELL_GENE_THERAPY", x.therapies().get(0).category());
        assertEquals(List.of("il-6", "bdnf"), ids(x.mechanisms()));
        assertEquals(List.of("BDNF", "Brain-derived neurotrophic factor"), x.mechanisms().get(1).mentions());
    }

    @Test
    void aShortFormDefinedInTheArticleLinksToItsLongFormsEntity() {
        ArticleExtraction x = extract(null, "We gave human umbilical cord mesenchymal stem cells (hUC-MSCs) to "
                + "twelve patients. After hUC-MSCs, mood improved in most of them.");
        assertEquals(List.of("mesenchymal-stem-cells"), ids(x.therapies()));
        assertTrue(x.therapies().get(0).mentions().contains("hUC-MSCs"));
        assertTrue(x.claims().stream().anyMatch(c -> c.sentence().startsWith("After hUC-MSCs")
                && c.therapy().equals("mesenchymal-stem-cells")));
    }

    @Test
    void pageClutterYieldsNoTherapiesMechanismsOrClaims() {
        String text = """
                Health Daily
                Share this article
                Subscribe to our newsletter for news on ketamine and SSRIs delivered to your inbox.

                Walking Against Depression
                walking-against-depression
                Regular exercise reduced depressive symptoms in adults, a randomized trial found.

                Stay Updated
                Get weekly news about psilocybin therapy and deep brain stimulation.

                Related Articles

                Electroconvulsive Therapy Makes A Comeback
                ECT is effective for severe depression, doctors say, and BDNF may explain why.
                4 hours ago

                Cannabis And Mood
                A teaser about cannabidiol and serotonin.
                1 day ago
                """;
        ArticleExtraction x = extract(null, text);
        assertEquals(List.of("exercise"), ids(x.therapies()));
        assertEquals(List.of(), ids(x.mechanisms()));
        assertFalse(x.claims().isEmpty());
        assertTrue(x.claims().stream().allMatch(c -> c.therapy().equals("exercise")));
    }

    @Test
    void pubmedPublicationTypesSetTheEvidenceOfSentencesThatDoNotSayTheirOwn() {
        String title = "Sertraline and mood";
        String text = "Sertraline improved depressive symptoms over eight weeks.";
        assertEquals(List.of(EvidenceLevel.UNSPECIFIED), levels(extractPubmed(title, text, null)));
        assertEquals(List.of(EvidenceLevel.CLINICAL),
                levels(extractPubmed(title, text, List.of("Journal Article", "Randomized Controlled Trial"))));
        assertEquals(List.of(EvidenceLevel.REVIEW), levels(extractPubmed(title, text, List.of("Meta-Analysis"))));
    }

    @Test
    void aSentenceThatStatesItsOwnEvidenceKeepsItWhateverThePublicationType() {
        ArticleExtraction x = extractPubmed("Sertraline and mood",
                "In a mouse model, sertraline increased hippocampal neurogenesis.", List.of("Review"));
        assertEquals(List.of(EvidenceLevel.PRECLINICAL), levels(x));
    }

    private static List<EvidenceLevel> levels(ArticleExtraction x) {
        assertFalse(x.claims().isEmpty(), "expected a claim in " + x);
        return x.claims().stream().map(Claim::evidence).distinct().toList();
    }

    @Test
    void anEmptyArticleYieldsAnEmptyExtraction() {
        ArticleExtraction x = extract(null, "");
        assertTrue(x.therapies().isEmpty() && x.mechanisms().isEmpty() && x.claims().isEmpty());
        assertEquals(0, x.sentenceCount());
    }

    @Test
    void runOnTextWithoutSentencesIsHandledInLinearTime() {
        String words = "ketamine reduces symptoms (BDNF) in patients, but SSRIs were not superior to placebo ";
        String runOn = words.repeat(1500);
        ArticleExtraction x = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extract(null, runOn));
        assertEquals(List.of("ketamine", "ssri"), ids(x.therapies()));
        assertTrue(x.claims().isEmpty(), "a run-on page dump states no finding");
    }

    @Test
    void instancesFromTheSupplierAreDistinctButShareTheirVersion() {
        ArticleExtractor a = ArticleExtractor.supplier().get();
        ArticleExtractor b = ArticleExtractor.supplier().get();
        assertFalse(a == b);
        assertEquals(a.version(), b.version());
    }
}
