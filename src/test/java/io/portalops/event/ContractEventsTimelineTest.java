package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class ContractEventsTimelineTest {

    @Autowired
    EventIngestion ingestion;

    @Autowired
    ContractEventsTimeline timeline;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void events_reported_about_a_contract_join_its_timeline_and_a_contract_of_another_customer_is_refused() {
        Map<String, Object> contract = jdbc.queryForMap("select c.id, c.number, cu.external_ref from contract c "
                + "join customer cu on cu.id = c.customer_id order by c.id limit 1");
        String otherRef = jdbc.queryForObject(
                "select external_ref from customer where id <> (select customer_id from contract where id = ?) "
                        + "order by id limit 1",
                String.class,
                contract.get("id"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("producer", null, "SCOPE_events:write"));
        SecurityContextHolder.setContext(context);
        try {
            IngestOutcome stored = ingestion.ingest(new EventSubmission(
                    "billing",
                    UUID.randomUUID().toString(),
                    "payment.missed",
                    "2026-11-20T10:00:00Z",
                    (String) contract.get("external_ref"),
                    (String) contract.get("number"),
                    EventTypes.JSON.readTree("{\"amount\": 99, \"currency\": \"EUR\"}")));
            assertThat(stored.status()).isEqualTo(IngestOutcome.Status.ACCEPTED);
            IngestOutcome wrongCustomer = ingestion.ingest(new EventSubmission(
                    "billing",
                    UUID.randomUUID().toString(),
                    "payment.missed",
                    "2026-11-20T10:00:00Z",
                    otherRef,
                    (String) contract.get("number"),
                    EventTypes.JSON.readTree("{\"amount\": 99, \"currency\": \"EUR\"}")));
            assertThat(wrongCustomer.reasons()).singleElement().asString().contains("contractNumber");
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<ContractEventsTimeline.Entry> entries =
                users.as("admin", () -> timeline.entriesFor((Long) contract.get("id")));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.what()).isEqualTo("Event payment.missed");
            assertThat(e.detail()).contains("billing").contains("99");
        });
    }
}
