package io.portalops.event.kafka;

import io.portalops.event.EventIngestion;
import io.portalops.event.IngestOutcome;
import io.portalops.event.StreamRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.listener.BatchAcknowledgingMessageListener;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands each poll to {@link EventIngestion#ingestStream}, at most {@link EventIngestion#MAX_BATCH} records per
 * transaction, and acknowledges the poll only after every part is committed: a crash in between re-delivers the
 * records, and dedup drops what was stored. A rejected record is dead-lettered by the service and, when a topic is
 * configured, published there before its offset is committed; it never stops the records after it.
 */
final class KafkaIngestListener implements BatchAcknowledgingMessageListener<String, byte[]> {

    private final EventIngestion ingestion;
    private final KafkaIngestProperties properties;
    private final @Nullable ConsumerRecordRecoverer deadLetterTopic;
    private final Authentication consumer;

    KafkaIngestListener(
            EventIngestion ingestion,
            KafkaIngestProperties properties,
            @Nullable ConsumerRecordRecoverer deadLetterTopic) {
        this.ingestion = ingestion;
        this.properties = properties;
        this.deadLetterTopic = deadLetterTopic;
        // The broker authenticated the producer and its ACLs let it write this topic; inside the application the
        // consumer holds only the producers' scope, and the topic (or header) decides the source (ADR 048).
        this.consumer = UsernamePasswordAuthenticationToken.authenticated(
                "kafka:" + properties.groupId(), null, List.of(new SimpleGrantedAuthority("SCOPE_events:write")));
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records, @Nullable Acknowledgment acknowledgment) {
        for (int from = 0; from < records.size(); from += EventIngestion.MAX_BATCH) {
            List<ConsumerRecord<String, byte[]>> part =
                    records.subList(from, Math.min(records.size(), from + EventIngestion.MAX_BATCH));
            List<StreamRecord> items = part.stream().map(this::streamRecord).toList();
            List<IngestOutcome> outcomes = asConsumer(() -> ingestion.ingestStream(items));
            if (deadLetterTopic != null) {
                for (int i = 0; i < part.size(); i++) {
                    if (outcomes.get(i).status() == IngestOutcome.Status.REJECTED) {
                        // waits for the broker's answer; a failure retries the poll (the table may then hold the
                        // dead letter twice, the at-least-once of ADR 048)
                        deadLetterTopic.accept(
                                part.get(i),
                                new RejectedRecordException(outcomes.get(i).reasons()));
                    }
                }
            }
        }
        // null only outside a container with manual acks, which this listener is never given
        Objects.requireNonNull(acknowledgment, "AckMode.MANUAL").acknowledge();
    }

    StreamRecord streamRecord(ConsumerRecord<String, byte[]> record) {
        return new StreamRecord(
                sourceOf(record),
                "kafka:" + record.topic() + "-" + record.partition() + "@" + record.offset(),
                record.value());
    }

    private String sourceOf(ConsumerRecord<String, byte[]> record) {
        String header = properties.sourceHeader();
        if (header != null) {
            Header named = record.headers().lastHeader(header);
            if (named != null && named.value() != null && named.value().length > 0) {
                return new String(named.value(), StandardCharsets.UTF_8);
            }
        }
        return properties.sourceByTopic().getOrDefault(record.topic(), record.topic());
    }

    private <T> T asConsumer(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(consumer);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Why a record was dead-lettered, for the DLT's exception headers; no stack trace, it is not a failure here. */
    static final class RejectedRecordException extends RuntimeException {
        RejectedRecordException(List<String> reasons) {
            super(String.join(" ", reasons), null, false, false);
        }
    }
}
