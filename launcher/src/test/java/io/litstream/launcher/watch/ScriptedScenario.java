package io.litstream.launcher.watch;

import io.litstream.topics.Topics;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.serde.LitstreamSerdes;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The scripted scenario as extractions: a new therapy (a preclinical paper), clinical
 * evidence (two trials from other publishers), a trial that found no effect, and that trial's
 * retraction.
 */
final class ScriptedScenario implements AutoCloseable {
    static final String THERAPY = "zuranolone";

    private final KafkaProducer<String, ArticleExtraction> producer;

    ScriptedScenario(Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), LitstreamSerdes.extraction().serializer());
    }

    static ArticleExtraction article(String id, Polarity polarity, EvidenceLevel evidence, String... mechanisms) {
        FoundEntity therapy = new FoundEntity(THERAPY, "Zuranolone", "DRUG", List.of("zuranolone"));
        List<FoundEntity> found = Arrays.stream(mechanisms)
                .map(m -> new FoundEntity(m, m.toUpperCase(), "RECEPTOR", List.of(m))).toList();
        Claim claim = new Claim(THERAPY, "Zuranolone", ClaimType.EFFICACY, polarity, false, evidence,
                "Zuranolone and depressive symptoms in " + id + ".", List.of(mechanisms), 0);
        return new ArticleExtraction(id, "test://" + id, "Study " + id, null, 2025, "scenario-1",
                Instant.parse("2025-06-01T00:00:00Z"), List.of(therapy), found, List.of(claim), 1, 10);
    }

    static final ArticleExtraction PRECLINICAL = article("doi:10.1001/mice", Polarity.SUPPORTS,
            EvidenceLevel.PRECLINICAL, "gaba-a");
    static final ArticleExtraction TRIAL_1 = article("doi:10.1002/trial", Polarity.SUPPORTS, EvidenceLevel.CLINICAL);
    static final ArticleExtraction TRIAL_2 = article("doi:10.1003/trial", Polarity.SUPPORTS, EvidenceLevel.CLINICAL);
    static final ArticleExtraction NULL_TRIAL = article("doi:10.1004/null", Polarity.NO_EFFECT, EvidenceLevel.CLINICAL);

    void put(ArticleExtraction article) throws Exception {
        producer.send(new ProducerRecord<>(Topics.EXTRACTIONS, article.articleId(), article)).get();
    }

    void retract(String articleId) throws Exception {
        producer.send(new ProducerRecord<>(Topics.EXTRACTIONS, articleId, null)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
