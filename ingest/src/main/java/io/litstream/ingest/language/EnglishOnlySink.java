package io.litstream.ingest.language;

import io.litstream.ingest.metadata.Languages;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.read.Rejection;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
            byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
            boolean truncated = text.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES;
            next.reject(article.source(), new Rejection(DeadLetterReason.UNSUPPORTED_LANGUAGE,
                    "the text reads as '" + language.get() + "'; extraction reads English only",
                    truncated ? Arrays.copyOf(text, DeadLetterHeaders.MAX_PAYLOAD_BYTES) : text, truncated));
            return;
        }
        next.accept(article);
    }

    @Override
    public void reject(String source, Rejection rejection) {
        next.reject(source, rejection);
    }
}
