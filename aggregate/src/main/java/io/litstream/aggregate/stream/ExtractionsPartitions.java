package io.litstream.aggregate.stream;

import static io.litstream.topics.PipelineTopics.EXTRACTIONS;

import io.litstream.topics.stage.StageContext;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partitions the contributions repartition topic has, or will be created with: the
 * extractions topic's as the cluster has them. Before contribution batches Kafka Streams gave the
 * repartition topic the partitions of its source, and a topic may have more than
 * {@code topics.partitions} asks for; the splitter must group for the count the topic really has.
 */
final class ExtractionsPartitions {
    private static final Logger log = LoggerFactory.getLogger(ExtractionsPartitions.class);
    private static final long TIMEOUT_SECONDS = 30;

    private ExtractionsPartitions() {
    }

    /** The extractions topic's partition count; the configured one if the topic cannot be described. */
    static int of(StageContext context) {
        try (Admin admin = Admin.create(context.clientProperties())) {
            return admin.describeTopics(List.of(EXTRACTIONS.name())).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(EXTRACTIONS.name()).partitions().size();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("could not describe {} ({}); grouping contributions for the configured {} partitions",
                    EXTRACTIONS.name(), e.getMessage(), context.topicSettings().partitions());
            return context.topicSettings().partitions();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + EXTRACTIONS.name(), e);
        }
    }
}
