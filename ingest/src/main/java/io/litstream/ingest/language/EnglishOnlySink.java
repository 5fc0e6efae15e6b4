package io.litstream.ingest.language;

import io.litstream.ingest.metadata.Languages;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.read.Rejection;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Lets through only articles that extraction can read. Its sentence model, tokenizer, lexicon and
 * claim rules are English: a German or French article would yield no claims and a haphazard set of
 * therapies (names spelled alike in both languages match, others do not), and would still count
 * towards those therapies' summaries. So an article whose text is clearly in another language
 * ({@link Languages#clearGuess}) becomes an {@code UNSUPPORTED_LANGUAGE} dead letter naming the
 * language; text that is English, mixed or too short to judge passes.
 */
public final class EnglishOnlySink implements ArticleSink {
    private final ArticleSink next;

    public EnglishOnlySink(ArticleSink next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void accept(RawArticle article) {
        Optional<String> language = Languages.clearGuess(article.text());
        if (language.isPresent() && !language.get().equals("en")) {
            next.reject(article.source(), Rejection.keepingPrefix(DeadLetterReason.UNSUPPORTED_LANGUAGE,
                    "the text reads as '" + language.get() + "'; extraction reads English only",
                    article.text().getBytes(StandardCharsets.UTF_8)));
            return;
        }
        next.accept(article);
    }

    @Override
    public void reject(String source, Rejection rejection) {
        next.reject(source, rejection);
    }
}
