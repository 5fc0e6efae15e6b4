package io.litstream.extract.arms;

import io.litstream.extract.nlp.Paragraph;
import io.litstream.extract.nlp.Sentence;
import io.litstream.extract.structure.Block;
import io.litstream.extract.structure.BlockKind;
import io.litstream.topics.article.RawArticle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which sentences the intervention tagger reads. The tagger was trained on trial abstracts and
 * costs about as much per token as the rest of the extractor together, so it reads trial-like
 * text only:
 * <ul>
 *   <li>every sentence of a PubMed record (it has a PubMed id or publication types) and of a text
 *       as short as an abstract ({@value #ABSTRACT_WORDS} words at most) that says it reports a
 *       trial (a sentence with a trial cue);</li>
 *   <li>in a longer text, the sentences of its methods, results or interventions sections (by
 *       their headings), so a trial report is read where it names its arms;</li>
 *   <li>nothing else: the running text of a web page, a news story or a blog is not read. Measured
 *       on the throughput benchmark's 1,000-word web articles (built from the sample corpus, which
 *       is dense in trial news), tagging the sentences with a trial cue raised the extractor's CPU
 *       per article from 12.1 to 26.7 ms, and those that also name a known therapy and an arm cue
 *       ("randomized", "placebo", "versus", "compared with") from 13.5 to 22.5 ms, against a
 *       budget of 40 %; and an arm found there adds no therapy, because one that maps to a
 *       therapy maps to one the lexicon has already found in the same sentence.</li>
 * </ul>
 * Headings are never read (they name sections, not arms); the title is read like a sentence.
 */
public final class TrialSentences {
    /** Longer "sentences" are tables or run-on page text. */
    static final int MAX_CHARS = 1500;
    /** An abstract is at most about 400 words (structured ones up to 600); a trial report's body is longer. */
    static final int ABSTRACT_WORDS = 800;
    /**
     * Headings of the parts of a trial report that name its arms. Not "abstract" or "summary": a
     * heading opens a section that lasts to the next one, and on a web page that can be the rest
     * of the page (PMC texts label their abstract's parts, {@code ABSTRACT.METHODS:}, which match).
     */
    private static final Pattern TRIAL_SECTION = Pattern.compile(
            "\\b(methods?|materials and methods|results|interventions?|participants and methods)\\b");
    /** Words that say a text reports a trial; any of them makes an abstract-length text trial-like. */
    private static final Pattern TRIAL_CUE = Pattern.compile("\\b(randomi[sz]ed|randomly|randomi[sz]ation"
            + "|placebo|sham|control group|controls|wait[- ]?list|waiting list|usual care|versus|vs\\.?"
            + "|compared (with|to)|assigned to|allocated to|trials?|double[- ]blind|single[- ]blind|crossover"
            + "|cross-over|received|receiving|treated with|groups?)\\b");
    private TrialSentences() {
    }

    /**
     * Whether every sentence of the article is trial-like: it is a PubMed record, or a text the
     * length of an abstract with a trial cue in one of its sentences.
     */
    public static boolean wholeArticle(RawArticle article, List<Paragraph> paragraphs) {
        if (article.pmid() != null || article.publicationTypes() != null
                || article.sourceKind() == RawArticle.SourceKind.PUBMED) {
            return true;
        }
        int words = 0;
        boolean cue = false;
        for (Paragraph p : paragraphs) {
            for (Sentence s : p.sentences()) {
                words += s.text().split("\\s+").length;
                cue = cue || TRIAL_CUE.matcher(s.text().toLowerCase(Locale.ROOT)).find();
            }
            if (words > ABSTRACT_WORDS) {
                return false;
            }
        }
        return cue;
    }

    /**
     * @param wholeArticle {@link #wholeArticle} of the article
     * @param block        the sentence's block
     * @param sentence     the sentence text
     */
    public static boolean read(boolean wholeArticle, Block block, String sentence) {
        if (block.kind() == BlockKind.HEADING || sentence.length() > MAX_CHARS) {
            return false;
        }
        if (wholeArticle) {
            return true;
        }
        String heading = block.sectionHeading();
        return heading != null && TRIAL_SECTION.matcher(heading.toLowerCase(Locale.ROOT)).find();
    }
}
