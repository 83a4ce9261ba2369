package io.portalops.event.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.event.EventFixtures;
import io.portalops.inventory.LicenceModel;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Company usage events over HTTP (ADR 055): posted without a customer, moving last use, and read only in scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompanyUsageEventApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    AccessGrantService grants;

    @Autowired
    TestUsers users;

    ApiTestClient api;
    final String source = EventFixtures.uniqueSource();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
    }

    Map<String, Object> usage(String eventId, String type, Map<String, Object> payload, Instant at) {
        Map<String, Object> event = new HashMap<>();
        event.put("source", source);
        event.put("eventId", eventId);
        event.put("type", type);
        event.put("occurredAt", at.toString());
        event.put("payload", payload);
        return event;
    }

    Response post(Object body) {
        return api.post("/api/events", body, null, Map.of("X-API-Key", EventIngestApiTest.DEMO_KEY));
    }

    int stored(String eventId) {
        return jdbc.queryForObject(
                "select count(*) from events where source = ? and event_id = ?", Integer.class, source, eventId);
    }

    @Test
    void a_usage_event_without_a_customer_is_accepted_and_moves_the_persons_last_use_of_the_product() {
        long product = directory.product(directory.service().id(), LicenceModel.PER_SEAT, 3);
        PersonDetails person = directory.person("Company Usage");
        users.run("admin", () -> grants.create(new GrantRequest(person.id(), product, null, GrantStatus.ACTIVE, null)));
        Instant at = now.minus(Duration.ofHours(2));
        Map<String, Object> event = usage(
                UUID.randomUUID().toString(), "usage.reported", Map.of("metric", "active-minutes", "quantity", 30), at);
        event.put("personRef", person.email());
        event.put("productRef", Long.toString(product));

        Response created = post(event);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc
                        .queryForList(
                                "select last_used_at from product_use where person_id = ? and product_id = ?",
                                Timestamp.class,
                                person.id(),
                                product)
                        .stream()
                        .anyMatch(t -> t.toInstant().equals(at)));
        Response again = post(event);
        assertThat(again.status()).as("a repeat is a duplicate").isEqualTo(200);
        assertThat(again.body()).contains("duplicate");
    }

    @Test
    void an_event_of_another_type_without_a_customer_is_refused_naming_customer_ref_and_nothing_is_stored() {
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> event =
                usage(eventId, "complaint.opened", Map.of("severity", "low", "subject", "Slow"), now);
        event.put("personRef", "someone@example.com");
        event.put("productRef", "1");

        Response refused = post(event);

        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.contentType()).contains("problem+json");
        assertThat(refused.json().get("reasons").get(0).asString()).startsWith("customerRef: required");
        assertThat(stored(eventId)).isZero();

        String noRefs = UUID.randomUUID().toString();
        Response alsoRefused = post(usage(noRefs, "login", Map.of("channel", "web"), now));
        assertThat(alsoRefused.status()).as("%s", alsoRefused).isEqualTo(422);
        assertThat(alsoRefused.body()).contains("customerRef").contains("personRef and productRef");
        assertThat(stored(noRefs)).isZero();
    }

    @Test
    void an_account_manager_never_reads_a_company_usage_event_and_an_admin_reads_it_without_a_customer() {
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> event = usage(eventId, "login", Map.of("channel", "web"), now);
        event.put("personRef", "scope-" + eventId + "@example.com");
        event.put("productRef", "Figma/Editor");
        assertThat(post(event).status()).isEqualTo(201);
        long id = jdbc.queryForObject(
                "select id from events where source = ? and event_id = ?", Long.class, source, eventId);

        JsonNode asAdmin = api.get("/api/events?source=" + source, api.accessToken("admin"))
                .json()
                .get("items");
        assertThat(asAdmin).hasSize(1);
        assertThat(asAdmin.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(asAdmin.get(0).get("customerId").isNull()).isTrue();
        assertThat(asAdmin.get(0).get("customerName").isNull()).isTrue();
        assertThat(asAdmin.get(0).get("personRef").asString()).isEqualTo("scope-" + eventId + "@example.com");
        assertThat(asAdmin.get(0).get("productRef").asString()).isEqualTo("Figma/Editor");

        String manager = api.accessToken("manager");
        for (String query : List.of("?source=" + source, "?type=login&from=" + now.minusSeconds(1), "")) {
            Response list = api.get("/api/events" + query, manager);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json()
                            .get("items")
                            .valueStream()
                            .map(i -> i.get("id").asLong()))
                    .as("manager, %s", query)
                    .doesNotContain(id);
        }
        assertThat(api.get("/api/events?source=" + source, api.accessToken("approver"))
                        .json()
                        .get("items"))
                .isEmpty();
    }
}
