package io.portalops.event.kafka;

import static org.awaitility.Awaitility.await;

import io.portalops.OwnerDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** What {@link KafkaIngestTest} reads beside the application: the broken write's attempts and the dead-letter topic. */
final class KafkaProbes {

    private KafkaProbes() {}

    /** How often the trigger that breaks the database write has fired (a sequence: a rollback does not undo it). */
    static long attempts(Environment environment) {
        AtomicLong value = new AtomicLong();
        OwnerDatabase.committed(environment, owner -> {
            Long last = owner.queryForObject(
                    "select case when is_called then last_value else 0 end from kafka_ingest_attempts", Long.class);
            value.set(last == null ? 0 : last);
        });
        return value.get();
    }

    /** The dead-letter topic's records by their original offset, with the reasons Spring Kafka put in the headers. */
    static Map<Long, String> deadLetterTopic(
            EmbeddedKafkaBroker broker, String dlt, String topicRead, Set<Long> offsets) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + UUID.randomUUID(), false);
        Map<Long, String> found = new java.util.HashMap<>();
        try (Consumer<String, byte[]> reader = new DefaultKafkaConsumerFactory<>(
                        props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(reader, dlt);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    long original = java.nio.ByteBuffer.wrap(record.headers()
                                    .lastHeader("kafka_dlt-original-offset")
                                    .value())
                            .getLong();
                    String topic = new String(
                            record.headers()
                                    .lastHeader("kafka_dlt-original-topic")
                                    .value(),
                            StandardCharsets.UTF_8);
                    if (topic.equals(topicRead) && offsets.contains(original)) {
                        found.put(
                                original,
                                new String(
                                        record.headers()
                                                .lastHeader("kafka_dlt-exception-message")
                                                .value(),
                                        StandardCharsets.UTF_8));
                    }
                }
                return found.keySet().containsAll(offsets);
            });
        }
        return found;
    }
}
