package io.portalops.event.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.portalops.event.EventIngestion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The Kafka consumer (ADR 048), only when {@code portalops.events.kafka.enabled}: the project depends on plain
 * spring-kafka, not Boot's Kafka starter, so that without this switch no Kafka bean or client exists at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("portalops.events.kafka.enabled")
class KafkaIngestConfiguration {

    @Bean
    ConsumerFactory<String, byte[]> kafkaIngestConsumerFactory(KafkaIngestProperties properties, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(properties.clientSettings());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
        // offsets move only with the acknowledgement, after the database commit
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a new group reads a topic from its start: events written before the first node ran are not skipped
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords());
        // bytes as they came: the service decodes and parses them, so a bad record is a dead letter, not an exception
        DefaultKafkaConsumerFactory<String, byte[]> factory =
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        // the client's own meters, among them kafka.consumer.fetch.manager.records.lag(.max): the consumer lag
        factory.addListener(new MicrometerConsumerListener<>(meters, List.of(Tag.of("portalops.ingest", "events"))));
        return factory;
    }

    /** Creates no producer until the first dead-letter record is sent; none without a dead-letter topic. */
    @Bean
    ProducerFactory<String, byte[]> kafkaIngestDeadLetterProducerFactory(KafkaIngestProperties properties) {
        Map<String, Object> config = new HashMap<>(properties.clientSettings());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> kafkaIngestContainer(
            ConsumerFactory<String, byte[]> consumers,
            ProducerFactory<String, byte[]> producers,
            KafkaIngestProperties properties,
            EventIngestion ingestion) {
        String topic = properties.deadLetterTopic();
        DeadLetterPublishingRecoverer deadLetters = topic == null
                ? null
                : new DeadLetterPublishingRecoverer(
                        new KafkaTemplate<>(producers), (record, e) -> new TopicPartition(topic, -1));
        ContainerProperties container =
                new ContainerProperties(properties.topics().toArray(String[]::new));
        container.setAckMode(ContainerProperties.AckMode.MANUAL);
        container.setMessageListener(new KafkaIngestListener(ingestion, properties, deadLetters));
        ConcurrentMessageListenerContainer<String, byte[]> listeners =
                new ConcurrentMessageListenerContainer<>(consumers, container);
        listeners.setConcurrency(properties.concurrency());
        // A batch that failed to store (the database is down) is tried again until it is stored: its records are
        // valid, so giving up would lose them. Bad records never throw; the service dead-letters them.
        DefaultErrorHandler retry = new DefaultErrorHandler(
                new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
        retry.setClassifications(Map.of(), true);
        listeners.setCommonErrorHandler(retry);
        return listeners;
    }
}
