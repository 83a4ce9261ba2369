package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Ingests events for read-side tests as a producer would, then restores the caller's security context. */
@Component
public class EventFixtures {

    private final EventIngestion ingestion;
    private final JdbcTemplate jdbc;

    EventFixtures(EventIngestion ingestion, JdbcTemplate jdbc) {
        this.ingestion = ingestion;
        this.jdbc = jdbc;
    }

    /** A source no other test uses, so that a test can filter down to its own events. */
    public static String uniqueSource() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** External reference and id of some customer owned by this account. */
    public String customerOf(String username) {
        return jdbc.queryForObject("select min(c.external_ref) from customer c join account a on a.id = c.owner_id "
                + "where a.username = ?", String.class, username);
    }

    public long customerId(String externalRef) {
        return jdbc.queryForObject("select id from customer where external_ref = ?", Long.class, externalRef);
    }

    /** Stores one payment.missed (or a login, for type "login") event and returns its id. */
    public long ingest(String source, String type, String customerRef, Instant occurredAt) {
        String payload = type.equals("login") ? "{\"channel\": \"web\"}" : "{\"amount\": 12.5, \"currency\": \"EUR\"}";
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-producer", null, "SCOPE_events:write"));
        SecurityContextHolder.setContext(context);
        try {
            IngestOutcome outcome = ingestion.ingest(new EventSubmission(source, UUID.randomUUID().toString(), type,
                    occurredAt.toString(), customerRef, null, EventTypes.JSON.readTree(payload)));
            assertThat(outcome.status()).as("%s", outcome).isEqualTo(IngestOutcome.Status.ACCEPTED);
            return outcome.id();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
