package io.portalops.event.kafka;

import io.portalops.event.EventSubmission;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Kafka as an event ingest source (ADR 048). Off by default: then no Kafka client is created and no broker is needed.
 *
 * @param enabled          whether the consumer runs
 * @param bootstrapServers the brokers, {@code host:port,...}
 * @param topics           the topics read; each record is one event of the shape {@code POST /api/events} takes
 * @param groupId          the consumer group: every node uses the same one, so the group shares the partitions
 * @param sources          the source each topic carries, {@code topic=source}; a topic not listed carries the source
 *                         of its own name. A record's own {@code source} must be its topic's or absent
 * @param sourceHeader     a record header that names the source instead of the topic, for a topic that carries several
 *                         sources; a record without it falls back to its topic's source. Only for topics whose writers
 *                         are trusted alike: any of them may name any source
 * @param deadLetterTopic  a topic that also receives every rejected record, with Spring Kafka's {@code kafka_dlt-*}
 *                         headers (the reasons, the original topic, partition and offset); none when empty
 * @param concurrency      consumers on this node (at most one per partition is busy)
 * @param maxPollRecords   the most records one poll hands over; the service stores them 1,000 at a time
 * @param retryInterval    the pause before a batch that failed to store (database down) is tried again; it is retried
 *                         until it is stored, and its offsets are not committed before
 * @param client           further Kafka client settings for the consumer and the dead-letter producer, e.g.
 *                         {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config},
 *                         {@code ssl.truststore.location}
 */
@Validated
@ConfigurationProperties("portalops.events.kafka")
record KafkaIngestProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("localhost:9092") @NotBlank String bootstrapServers,
        @DefaultValue("portalops.events") @NotEmpty List<@NotBlank String> topics,
        @DefaultValue("portalops-events") @NotBlank String groupId,
        @Nullable Map<String, String> sources,
        @Nullable String sourceHeader,
        @Nullable String deadLetterTopic,
        @DefaultValue("1") @Positive @Max(64) int concurrency,
        @DefaultValue("1000") @Positive @Max(10_000) int maxPollRecords,
        @DefaultValue("5s") @NotNull Duration retryInterval,
        @Nullable Map<String, String> client) {

    KafkaIngestProperties {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        client = client == null ? Map.of() : Map.copyOf(client);
        for (var source : sources.entrySet()) {
            if (source.getValue().isBlank() || source.getValue().length() > EventSubmission.MAX_SOURCE) {
                throw new IllegalArgumentException("portalops.events.kafka.sources." + source.getKey()
                        + " must name a source of 1 to " + EventSubmission.MAX_SOURCE + " characters");
            }
        }
        if (retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException(
                    "portalops.events.kafka.retry-interval must be positive, not " + retryInterval);
        }
        sourceHeader = sourceHeader == null || sourceHeader.isBlank() ? null : sourceHeader;
        deadLetterTopic = deadLetterTopic == null || deadLetterTopic.isBlank() ? null : deadLetterTopic;
    }

    /** The topic-to-source map, never null after construction. */
    Map<String, String> sourceByTopic() {
        return sources == null ? Map.of() : sources;
    }

    /** The further client settings, never null after construction. */
    Map<String, String> clientSettings() {
        return client == null ? Map.of() : client;
    }
}
