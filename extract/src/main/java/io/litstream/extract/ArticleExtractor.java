package io.litstream.extract;

import io.litstream.extract.abbreviation.DocumentAbbreviations;
import io.litstream.extract.arms.ArmSentence;
import io.litstream.extract.arms.TextLocator;
import io.litstream.extract.arms.TrialArmFinder;
import io.litstream.extract.arms.TrialSentences;
import io.litstream.extract.claims.AnnotatedSentence;
import io.litstream.extract.claims.ClaimExtractor;
import io.litstream.extract.claims.SentenceReadings;
import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconMatcher;
import io.litstream.extract.lexicon.Match;
import io.litstream.extract.lexicon.ShortForm;
import io.litstream.extract.ner.InterventionTagger;
import io.litstream.extract.ner.ModelMentionFinder;
import io.litstream.extract.ner.ModelTherapies;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.nlp.NlpModels;
import io.litstream.extract.nlp.NlpPipeline;
import io.litstream.extract.nlp.Paragraph;
import io.litstream.extract.nlp.Sentence;
import io.litstream.extract.structure.Block;
import io.litstream.extract.structure.DocumentStructure;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Extracts therapies, mechanisms and claims from one article: document structure and clutter
 * removal, OpenNLP sentences and tokens, define-once abbreviations, lexicon matching, then the
 * claim rules. A pure function of the article apart from the {@code extractedAt} timestamp.
 *
 * <p>Therapies the lexicon does not know come from the trained name finder ({@link NerModels}):
 * in sentences that state a finding, a model mention that no lexicon entry covers and that is
 * not a generic word becomes a therapy of category {@code UNCLASSIFIED} with an id derived from
 * the normalised mention ({@link ModelTherapies}).
 *
 * <p>Trial arms come from the intervention tagger, on trial-like sentences only
 * ({@link TrialSentences}, {@link TrialArmFinder}); an arm that holds a therapy adds its text to that
 * therapy's mentions, so the therapy counts it; an arm that holds none stays in {@code arms} only.
 *
 * <p><b>Not thread-safe</b> (it owns an {@link NlpPipeline}); use one instance per thread, e.g.
 * from {@link #supplier()}. Instances share the process-wide {@link NlpModels} and
 * {@link Lexicon} and {@link NerModels}, so creating one costs microseconds once the first has
 * loaded them; the {@code NameFinderME}s are its own.
 */
public final class ArticleExtractor implements Extractor {
    /** The extractor's name and code version; {@link #version()} adds the lexicon's. */
    public static final String EXTRACTOR_NAME = "litstream-extract/0.1.0";

    private final NlpPipeline pipeline;
    private final Lexicon lexicon;
    private final LexiconMatcher matcher;
    private final DocumentAbbreviations abbreviations;
    private final ClaimExtractor claims = new ClaimExtractor();
    private final ModelMentionFinder modelFinder;
    private final ModelTherapies modelTherapies = ModelTherapies.shipped();
    /** Null without an intervention model. */
    private final TrialArmFinder arms;
    private final Clock clock;
    private final String version;

    /** An extractor with the shipped name finder models it runs per article ({@link NerModels#forExtraction()}). */
    public ArticleExtractor(NlpModels models, Lexicon lexicon, Clock clock) {
        this(models, lexicon, NerModels.shipped().forExtraction(), clock);
    }

    /** @param nerModels the trained name finders for therapies the lexicon lacks ({@link NerModels#none()} for none) */
    public ArticleExtractor(NlpModels models, Lexicon lexicon, NerModels nerModels, Clock clock) {
        this.modelFinder = new ModelMentionFinder(nerModels);
        this.arms = nerModels.intervention().map(m -> new TrialArmFinder(
                new InterventionTagger(m, nerModels.chemical().orElseThrow(), models))).orElse(null);
        this.pipeline = new NlpPipeline(models);
        this.lexicon = lexicon;
        this.matcher = new LexiconMatcher(lexicon);
        this.abbreviations = new DocumentAbbreviations(matcher);
        this.clock = clock;
        this.version = EXTRACTOR_NAME + "+lexicon-" + lexicon.version() + "+ner-" + nerModels.version();
    }

    /** An extractor over the shared English models and shipped lexicon, stamping UTC wall-clock time. */
    public static ArticleExtractor create() {
        return new ArticleExtractor(NlpModels.english(), Lexicon.shared(), Clock.systemUTC());
    }

    /** A new extractor per call, for per-thread use (each stream task calls it once). */
    public static Supplier<ArticleExtractor> supplier() {
        return ArticleExtractor::create;
    }

    /** {@value #EXTRACTOR_NAME}{@code +lexicon-<hash of the lexicon files>+ner-<hash of the models>}. */
    public String version() {
        return version;
    }

    @Override
    public ArticleExtraction extract(RawArticle article) {
        List<Block> blocks = DocumentStructure.parse(article.title(), article.text(), article.blocks());
        List<Paragraph> paragraphs = pipeline.analyze(blocks);
        List<ShortForm> shortForms = abbreviations.resolve(paragraphs.stream()
                .flatMap(p -> p.sentences().stream()).map(Sentence::text).toList());

        EntityMentions therapies = new EntityMentions(lexicon);
        EntityMentions mechanisms = new EntityMentions(lexicon);
        List<AnnotatedSentence> annotated = new ArrayList<>();
        SentenceReadings readings = claims.newReadings();
        modelFinder.startDocument();
        boolean wholeArticle = arms != null && TrialSentences.wholeArticle(article, paragraphs);
        TextLocator locator = new TextLocator(article.text());
        List<ArmSentence> armSentences = new ArrayList<>();
        int tokens = 0;
        for (Paragraph p : paragraphs) {
            for (Sentence s : p.sentences()) {
                List<Match> t = new ArrayList<>();
                List<Match> m = new ArrayList<>();
                List<Match> lexiconMatches = matcher.match(s.text(), shortForms);
                for (Match match : lexiconMatches) {
                    if (match.kind() == EntityKind.THERAPY) {
                        t.add(match);
                        therapies.add(match);
                    } else if (match.kind() == EntityKind.MECHANISM) {
                        m.add(match);
                        mechanisms.add(match);
                    }
                }
                if (p.block().kind().carriesFindings()) {
                    for (Match found : modelTherapies.find(s, lexiconMatches, modelFinder, readings::statesFinding)) {
                        t.add(found);
                        therapies.add(found);
                    }
                    t.sort(Comparator.comparingInt(Match::start));
                }
                if (arms != null && TrialSentences.read(wholeArticle, p.block(), s.text())) {
                    armSentences.add(new ArmSentence(s.text(), locator.locate(s.text()), t));
                }
                annotated.add(new AnnotatedSentence(s, p.block(), t, m));
                tokens += s.tokens().size();
            }
        }
        TrialArmFinder.Found trialArms = arms == null ? new TrialArmFinder.Found(List.of(), List.of())
                : arms.find(armSentences);
        trialArms.mentions().forEach(therapies::add);
        ClaimExtractor.ArticleFindings found = claims.read(annotated, blocks, article.publicationTypes(), trialArms.arms(),
                readings);
        OutputBounds bounds = OutputBounds.DEFAULT;
        return new ArticleExtraction(article.id(), article.source(), article.title(), article.url(), article.year(),
                version, clock.instant(), bounds.entities(therapies.found()), bounds.entities(mechanisms.found()),
                bounds.claims(found.claims()), annotated.size(), tokens, trialArms.arms(), found.design(),
                found.sampleSize());
    }
}
