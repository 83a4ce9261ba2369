package io.portalops.event.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.portalops.OwnerDatabase;
import io.portalops.TestUsers;
import io.portalops.event.DeadLetters;
import io.portalops.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Kafka as an ingest source against a real KRaft broker in this JVM (ADR 048). A context of its own, for a reason: the
 * consumer exists only with {@code portalops.events.kafka.enabled}, which the shared context must not have (see
 * {@link KafkaIngestOffTest}). Every Kafka test is in this one class, so the broker and the context start once.
 */
@SpringBootTest(
        properties = {
            "portalops.events.kafka.enabled=true",
            "portalops.events.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "portalops.events.kafka.topics=" + KafkaIngestTest.TOPIC,
            "portalops.events.kafka.group-id=" + KafkaIngestTest.GROUP,
            "portalops.events.kafka.sources." + KafkaIngestTest.TOPIC + "=" + KafkaIngestTest.SOURCE,
            "portalops.events.kafka.source-header=" + KafkaIngestTest.HEADER,
            "portalops.events.kafka.dead-letter-topic=" + KafkaIngestTest.DLT,
            "portalops.events.kafka.retry-interval=200ms",
            // the clients print their whole configuration at INFO for every consumer, producer and admin
            "logging.level.org.apache.kafka=WARN",
            "logging.level.kafka=WARN",
        })
@EmbeddedKafka(
        partitions = 2,
        topics = {KafkaIngestTest.TOPIC, KafkaIngestTest.DLT},
        brokerProperties = {"group.initial.rebalance.delay.ms=0"})
// The context (and with it the broker) closes right after this class: left to the JVM's exit, Kafka's own shutdown hook
// deleted the broker's log directory while the broker still ran, and the fork hung 30 s until Surefire killed it.
@DirtiesContext
class KafkaIngestTest {

    static final String TOPIC = "kafka-ingest";
    static final String DLT = "kafka-ingest-dlt";
    static final String GROUP = "kafka-ingest-test";
    static final String SOURCE = "kafka-billing";
    static final String HEADER = "portalops-source";

    static @Nullable KafkaProducer<String, byte[]> producer;
    static @Nullable AdminClient admin;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ConcurrentMessageListenerContainer<String, byte[]> container;

    @Autowired
    ConsumerFactory<String, byte[]> consumers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    TestUsers users;

    String customerRef = "";

    @BeforeEach
    void clients() {
        customerRef = jdbc.queryForObject("select min(external_ref) from customer", String.class);
        if (producer == null) {
            producer = new KafkaProducer<>(
                    KafkaTestUtils.producerProps(broker), new StringSerializer(), new ByteArraySerializer());
            admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
        }
    }

    @AfterAll
    static void close() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    @Test
    void records_are_stored_once_and_a_duplicate_record_is_dropped() throws Exception {
        String id = UUID.randomUUID().toString();
        send(0, event(id, null), null);
        send(0, event(id, SOURCE), null); // the same event again, naming its source as the topic does
        long last = send(0, event(UUID.randomUUID().toString(), null), null);

        awaitCommitted(0, last);
        assertThat(stored(SOURCE, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from event_dead_letter where event_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_table_and_topic_and_the_next_record_is_still_stored()
            throws Exception {
        byte[] notJson = ("{not json " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        long unreadable = send(1, notJson, null);
        String unknownCustomer = UUID.randomUUID().toString();
        long invalid = send(1, event(unknownCustomer, null).replace(customerRef, "no-such-customer"), null);
        String otherSource = UUID.randomUUID().toString();
        long impostor = send(1, event(otherSource, "someone-else"), null);
        String next = UUID.randomUUID().toString();
        long after = send(1, event(next, null), null);

        awaitCommitted(1, after);
        assertThat(stored(SOURCE, next)).isOne();
        assertThat(reasonAt(1, unreadable)).startsWith("body: not an event of the shape POST /api/events takes");
        assertThat(reasonAt(1, invalid)).contains("customerRef: no customer has the external reference");
        assertThat(reasonAt(1, impostor))
                .isEqualTo("source: this channel carries events of source 'kafka-billing' only, not 'someone-else'.");
        assertThat(stored("someone-else", otherSource)).isZero();

        Long letter = jdbc.queryForObject(
                "select max(id) from event_dead_letter where origin = ?",
                Long.class,
                "kafka:" + TOPIC + "-1@" + unreadable);
        assertThatThrownBy(() -> users.as("admin", () -> deadLetters.replay(java.util.Objects.requireNonNull(letter))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not an event, so it cannot be replayed");

        Map<Long, String> published =
                KafkaProbes.deadLetterTopic(broker, DLT, TOPIC, Set.of(unreadable, invalid, impostor));
        assertThat(published).containsOnlyKeys(unreadable, invalid, impostor);
        assertThat(published.get(invalid)).contains("customerRef: no customer has the external reference");
    }

    @Test
    void the_header_names_the_source_and_offsets_wait_for_the_database_which_stores_the_record_once_after_recovery()
            throws Exception {
        String source = "kafka-broken-" + UUID.randomUUID().toString().substring(0, 8);
        String id = UUID.randomUUID().toString();
        OwnerDatabase.committed(environment, owner -> owner.execute("""
                create sequence kafka_ingest_attempts;
                create function kafka_ingest_broken() returns trigger language plpgsql security definer as $$
                begin
                    perform nextval('kafka_ingest_attempts');
                    raise exception 'the database write is broken by KafkaIngestTest';
                end $$;
                create trigger kafka_ingest_broken before insert on event_dedup for each row
                    when (new.source = '%s') execute function kafka_ingest_broken();
                """.formatted(source)));
        long offset;
        try {
            offset = send(0, event(id, null), source);
            await().atMost(Duration.ofSeconds(30)).until(() -> KafkaProbes.attempts(environment) >= 3);
            OffsetAndMetadata committed = committed(0);
            assertThat(committed == null ? 0 : committed.offset())
                    .as("not committed past the record while its write fails")
                    .isLessThanOrEqualTo(offset);
            assertThat(stored(source, id)).isZero();
        } finally {
            OwnerDatabase.committed(environment, owner -> owner.execute("""
                    drop trigger kafka_ingest_broken on event_dedup;
                    drop function kafka_ingest_broken();
                    drop sequence kafka_ingest_attempts;
                    """));
        }
        awaitCommitted(0, offset);
        assertThat(stored(source, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from event_dead_letter where event_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void a_crash_between_the_database_commit_and_the_offset_commit_does_not_store_twice() throws Exception {
        KafkaIngestListener listener = listener();
        container.stop();
        String id = UUID.randomUUID().toString();
        byte[] value = event(id, null).getBytes(StandardCharsets.UTF_8);
        long offset;
        try {
            offset = send(1, value, null);
            // the consumer that read it stores it, then dies before its acknowledgement reaches the broker
            AtomicInteger acknowledged = new AtomicInteger();
            listener.onMessage(
                    List.of(new ConsumerRecord<>(TOPIC, 1, offset, null, value)), acknowledged::incrementAndGet);
            assertThat(acknowledged).hasValue(1);
            assertThat(stored(SOURCE, id)).isOne();
        } finally {
            container.start();
        }
        awaitCommitted(1, offset);
        assertThat(stored(SOURCE, id)).isOne();
    }

    @Test
    void a_poll_over_the_batch_limit_is_stored_in_parts_of_at_most_1000_and_acknowledged_once() {
        List<ConsumerRecord<String, byte[]>> poll = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            String id = "limit-" + UUID.randomUUID();
            ids.add(id);
            poll.add(new ConsumerRecord<>(TOPIC, 0, i, null, event(id, null).getBytes(StandardCharsets.UTF_8)));
        }
        AtomicInteger acknowledged = new AtomicInteger();

        listener().onMessage(poll, acknowledged::incrementAndGet);

        assertThat(acknowledged).hasValue(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_dedup where source = ? and event_id = any(?)",
                        Integer.class,
                        SOURCE,
                        ids.toArray(String[]::new)))
                .isEqualTo(1_200);
    }

    @Test
    void a_second_node_in_the_group_takes_a_share_of_the_partitions_and_every_record_is_stored_once() throws Exception {
        ContainerProperties second = new ContainerProperties(TOPIC);
        second.setAckMode(ContainerProperties.AckMode.MANUAL);
        second.setMessageListener(listener());
        var node = new ConcurrentMessageListenerContainer<>(consumers, second);
        node.setBeanName("second-node");
        node.start();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            assigned(container).size() == 1 && assigned(node).size() == 1);
            assertThat(assigned(container)).doesNotContainAnyElementsOf(assigned(node));
            List<String> ids = new ArrayList<>();
            long[] last = new long[2];
            for (int i = 0; i < 10; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                last[i % 2] = send(i % 2, event(id, null), null);
            }
            awaitCommitted(0, last[0]);
            awaitCommitted(1, last[1]);
            for (String id : ids) {
                assertThat(stored(SOURCE, id)).isOne();
            }
        } finally {
            node.stop();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> assigned(container).size() == 2);
    }

    @Test
    void the_consumer_lag_is_a_meter() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !meters.find("kafka.consumer.fetch.manager.records.lag.max")
                        .tag("portalops.ingest", "events")
                        .gauges()
                        .isEmpty());
    }

    private KafkaIngestListener listener() {
        return (KafkaIngestListener) container.getContainerProperties().getMessageListener();
    }

    private static Set<TopicPartition> assigned(ConcurrentMessageListenerContainer<?, ?> node) {
        var partitions = node.getAssignedPartitions();
        return partitions == null ? Set.of() : new HashSet<>(partitions);
    }

    /**
     * P2 over Kafka (docs/benchmarks.md, "Event ingest over Kafka"): {@code benchmark.kafka.events} records (default
     * 60,000) over both partitions, timed from the first send to the commit of the last offset (which follows the
     * database commit), against raw COPY of as many rows into the same table in the same run. Not part of the suite:
     * {@code -Dtest=KafkaIngestTest#kafka_ingest_against_raw_copy -Dbenchmark.kafka=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "benchmark.kafka", matches = "true")
    void kafka_ingest_against_raw_copy() throws Exception {
        int events = Integer.getInteger("benchmark.kafka.events", 60_000);
        int rounds = Integer.getInteger("benchmark.kafka.rounds", 3);
        long customer = jdbc.queryForObject("select id from customer where external_ref = ?", Long.class, customerRef);
        List<String> lines = new ArrayList<>();
        lines.add("| round | events | Kafka events/s | raw COPY rows/s | Kafka / COPY |");
        lines.add("|---|---|---|---|---|");
        for (int round = 1; round <= rounds; round++) {
            String prefix = "kb" + round + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
            long started = System.nanoTime();
            List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> sent =
                    new ArrayList<>();
            for (int i = 0; i < events; i++) {
                sent.add(java.util.Objects.requireNonNull(producer)
                        .send(new ProducerRecord<>(
                                TOPIC, i % 2, null, event(prefix + i, null).getBytes(StandardCharsets.UTF_8))));
            }
            java.util.Objects.requireNonNull(producer).flush();
            awaitCommitted(0, sent.get(events - 2).get().offset(), Duration.ofMinutes(10));
            awaitCommitted(1, sent.get(events - 1).get().offset(), Duration.ofMinutes(10));
            double kafka = events / ((System.nanoTime() - started) / 1e9);
            assertThat(jdbc.queryForObject(
                            "select count(*) from event_dedup where source = ? and event_id like ?",
                            Integer.class,
                            SOURCE,
                            prefix + "%"))
                    .as("every record stored once")
                    .isEqualTo(events);

            StringBuilder csv = new StringBuilder();
            String occurred = Instant.now().minus(1, ChronoUnit.HOURS).toString();
            for (int i = 0; i < events; i++) {
                csv.append(occurred)
                        .append(',')
                        .append(Instant.now())
                        .append(",kafka-bench-copy,")
                        .append(prefix)
                        .append(i)
                        .append(",login,")
                        .append(customer)
                        .append(",,\"{\"\"channel\"\": \"\"web\"\"}\"\n");
            }
            long copyStarted = System.nanoTime();
            Long copied = jdbc.execute((java.sql.Connection c) -> {
                try {
                    return new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class))
                            .copyIn(
                                    "copy events (occurred_at, received_at, source, event_id, type, customer_id,"
                                            + " contract_id, payload) from stdin with (format csv)",
                                    new java.io.StringReader(csv.toString()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            double copy = events / ((System.nanoTime() - copyStarted) / 1e9);
            assertThat(copied).isEqualTo(events);
            lines.add(
                    "| %d | %,d | %,.0f | %,.0f | %.0f %% |".formatted(round, events, kafka, copy, 100 * kafka / copy));
        }
        String table = String.join("\n", lines);
        System.out.println(table);
        java.nio.file.Files.writeString(
                java.nio.file.Path.of(System.getProperty("basedir", "."), "target", "kafka-benchmark.md"),
                table + "\n");
    }

    private String event(String eventId, @Nullable String source) {
        String occurredAt = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        return """
                {%s"eventId":"%s","type":"login","occurredAt":"%s","customerRef":"%s","payload":{"channel":"web"}}""".formatted(source == null ? "" : "\"source\":\"" + source + "\",", eventId, occurredAt, customerRef);
    }

    private long send(int partition, String json, @Nullable String headerSource) throws Exception {
        return send(partition, json.getBytes(StandardCharsets.UTF_8), headerSource);
    }

    private long send(int partition, byte[] value, @Nullable String headerSource) throws Exception {
        var record = new ProducerRecord<String, byte[]>(TOPIC, partition, null, value);
        if (headerSource != null) {
            record.headers().add(new RecordHeader(HEADER, headerSource.getBytes(StandardCharsets.UTF_8)));
        }
        return java.util.Objects.requireNonNull(producer).send(record).get().offset();
    }

    private int stored(String source, String eventId) {
        Integer dedup = jdbc.queryForObject(
                "select count(*) from event_dedup where source = ? and event_id = ?", Integer.class, source, eventId);
        Integer rows = jdbc.queryForObject(
                "select count(*) from events where source = ? and event_id = ?", Integer.class, source, eventId);
        assertThat(rows).as("events rows match the dedup claims").isEqualTo(dedup);
        return rows == null ? 0 : rows;
    }

    private String reasonAt(int partition, long offset) {
        return jdbc.queryForObject(
                // the newest: offsets start again with each broker, the database may outlive one
                "select reason from event_dead_letter where origin = ? order by id desc limit 1",
                String.class,
                "kafka:" + TOPIC + "-" + partition + "@" + offset);
    }

    private @Nullable OffsetAndMetadata committed(int partition) throws Exception {
        return KafkaTestUtils.getCurrentOffset(java.util.Objects.requireNonNull(admin), GROUP, TOPIC, partition);
    }

    /** Waits until the group has committed past {@code offset}: the database commit of that record came before. */
    private void awaitCommitted(int partition, long offset) {
        awaitCommitted(partition, offset, Duration.ofSeconds(30));
    }

    private void awaitCommitted(int partition, long offset, Duration limit) {
        await().atMost(limit).pollInterval(Duration.ofMillis(50)).until(() -> {
            OffsetAndMetadata committed = committed(partition);
            return committed != null && committed.offset() > offset;
        });
    }
}
