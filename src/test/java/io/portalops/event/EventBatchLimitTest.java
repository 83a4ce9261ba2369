package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The batch limit lives in the service, so that every source (HTTP today, a consumer later) is held to it. */
@SpringBootTest
class EventBatchLimitTest {

    @Autowired
    EventIngestion ingestion;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void producer() {
        EventIngestionTest.asProducer();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_service_refuses_a_batch_over_the_limit_whole_names_the_limit_and_stores_nothing() {
        String customerRef = jdbc.queryForObject("select min(external_ref) from customer", String.class);
        String occurredAt = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        List<String> ids = IntStream.rangeClosed(0, EventIngestion.MAX_BATCH)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        List<EventSubmission> batch = ids.stream()
                .map(id -> new EventSubmission(
                        "batch-limit",
                        id,
                        "login",
                        occurredAt,
                        customerRef,
                        null,
                        EventIngestionTest.json("{\"user\":\"x\"}")))
                .toList();

        assertThatThrownBy(() -> ingestion.ingestBatch(batch))
                .isInstanceOf(BatchSizeException.class)
                .hasMessage("A batch holds 1 to 1000 events; this one holds 1001.");
        assertThatThrownBy(() -> ingestion.ingestBatch(List.of()))
                .isInstanceOf(BatchSizeException.class)
                .hasMessage("A batch holds 1 to 1000 events; this one holds 0.");
        assertThat(jdbc.queryForObject("select count(*) from events where source = 'batch-limit'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_dead_letter where source = 'batch-limit'", Integer.class))
                .isZero();
    }
}
