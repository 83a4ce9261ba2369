package io.portalops.event.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.TestUsers;
import io.portalops.security.ApiClientService;
import io.portalops.security.IssuedApiKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventIngestApiTest {

    static final String DEMO_KEY = "demo-producer-key";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClientService clients;

    @Autowired
    TestUsers users;

    String customerRef;

    @BeforeEach
    void customer() {
        customerRef = jdbc.queryForObject("select max(external_ref) from customer", String.class);
    }

    Map<String, Object> event(String eventId) {
        return Map.of(
                "source",
                "crm",
                "eventId",
                eventId,
                "type",
                "complaint.opened",
                "occurredAt",
                "2026-11-21T08:00:00+01:00",
                "customerRef",
                customerRef,
                "payload",
                Map.of("severity", "high", "subject", "Invoice wrong"));
    }

    HttpResponse<String> post(String path, Object body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiTestClient.JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_producer_posts_an_event_and_a_repeat_is_a_duplicate_stored_once() throws Exception {
        String eventId = UUID.randomUUID().toString();
        HttpResponse<String> created = post("/api/events", event(eventId), Map.of("X-API-Key", DEMO_KEY));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(ApiTestClient.JSON.readTree(created.body()).get("id").asLong())
                .isPositive();
        HttpResponse<String> again = post("/api/events", event(eventId), Map.of("X-API-Key", DEMO_KEY));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("duplicate");
        assertThat(jdbc.queryForObject(
                        "select count(*) from events where source = 'crm' and event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
    }

    @Test
    void a_rejected_event_answers_422_with_reasons() throws Exception {
        Map<String, Object> bad =
                new java.util.HashMap<>(event(UUID.randomUUID().toString()));
        bad.put("occurredAt", "yesterday");
        bad.put("type", "nope");
        HttpResponse<String> response = post("/api/events", bad, Map.of("X-API-Key", DEMO_KEY));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(response.body()).contains("occurredAt");
    }

    @Test
    void an_event_from_year_one_or_far_in_the_future_answers_422_with_the_reason_also_per_item_in_a_batch()
            throws Exception {
        Map<String, Object> ancient =
                new java.util.HashMap<>(event(UUID.randomUUID().toString()));
        ancient.put("occurredAt", "0001-01-01T00:00:00Z");
        HttpResponse<String> single = post("/api/events", ancient, Map.of("X-API-Key", DEMO_KEY));
        assertThat(single.statusCode()).as(single.body()).isEqualTo(422);
        assertThat(single.body()).contains("older than the retention");

        Map<String, Object> future =
                new java.util.HashMap<>(event(UUID.randomUUID().toString()));
        future.put("occurredAt", "9999-12-31T23:59:59Z");
        String fresh = UUID.randomUUID().toString();
        HttpResponse<String> batch =
                post("/api/events/batch", List.of(event(fresh), ancient, future), Map.of("X-API-Key", DEMO_KEY));
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        JsonNode items = ApiTestClient.JSON.readTree(batch.body()).get("items");
        assertThat(items.get(1).get("reasons").get(0).asString()).contains("older than the retention");
        assertThat(items.get(2).get("reasons").get(0).asString()).contains("in the future");
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_class where relname in ('events_0001_01', 'events_9999_12')",
                        Integer.class))
                .isZero();
    }

    @Test
    void producer_authentication_refuses_missing_wrong_disabled_and_unscoped_credentials_and_human_tokens()
            throws Exception {
        assertThat(post("/api/events", event("a"), Map.of()).statusCode()).isEqualTo(401);
        assertThat(post("/api/events", event("a"), Map.of("X-API-Key", "po_wrong"))
                        .statusCode())
                .isEqualTo(401);

        IssuedApiKey issued = users.as(
                "admin",
                () -> clients.create("test-" + UUID.randomUUID().toString().substring(0, 8), Set.of("events:write")));
        assertThat(post("/api/events", event(UUID.randomUUID().toString()), Map.of("X-API-Key", issued.key()))
                        .statusCode())
                .isEqualTo(201);
        IssuedApiKey rotated =
                users.as("admin", () -> clients.rotate(issued.client().id()));
        assertThat(post("/api/events", event(UUID.randomUUID().toString()), Map.of("X-API-Key", issued.key()))
                        .statusCode())
                .isEqualTo(401);
        assertThat(post("/api/events", event(UUID.randomUUID().toString()), Map.of("X-API-Key", rotated.key()))
                        .statusCode())
                .isEqualTo(201);
        users.run("admin", () -> clients.setEnabled(issued.client().id(), false));
        assertThat(post("/api/events", event(UUID.randomUUID().toString()), Map.of("X-API-Key", rotated.key()))
                        .statusCode())
                .isEqualTo(401);

        String human = new ApiTestClient(port).accessToken("admin");
        assertThat(post("/api/events", event(UUID.randomUUID().toString()), Map.of("Authorization", "Bearer " + human))
                        .statusCode())
                .isEqualTo(403);
        String stored = jdbc.queryForObject(
                "select key_hash from api_client where id = ?",
                String.class,
                rotated.client().id());
        assertThat(stored).doesNotContain(rotated.key()).hasSize(64);
    }

    @Test
    void a_batch_answers_per_item_and_keeps_the_valid_ones() throws Exception {
        String duplicate = UUID.randomUUID().toString();
        post("/api/events", event(duplicate), Map.of("X-API-Key", DEMO_KEY));
        Map<String, Object> invalid =
                new java.util.HashMap<>(event(UUID.randomUUID().toString()));
        invalid.put("customerRef", "NOBODY");
        String fresh = UUID.randomUUID().toString();
        HttpResponse<String> response = post(
                "/api/events/batch", List.of(event(fresh), event(duplicate), invalid), Map.of("X-API-Key", DEMO_KEY));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = ApiTestClient.JSON.readTree(response.body());
        assertThat(body.get("accepted").asInt()).isEqualTo(1);
        assertThat(body.get("duplicates").asInt()).isEqualTo(1);
        assertThat(body.get("rejected").asInt()).isEqualTo(1);
        assertThat(body.get("items").get(2).get("reasons").get(0).asString()).contains("customerRef");
        assertThat(jdbc.queryForObject("select count(*) from events where event_id = ?", Integer.class, fresh))
                .isEqualTo(1);

        assertThat(post("/api/events/batch", List.of(), Map.of("X-API-Key", DEMO_KEY))
                        .statusCode())
                .isEqualTo(422);
    }

    @Test
    void a_batch_over_1000_events_is_refused_whole_with_the_limit_and_stores_nothing() throws Exception {
        List<String> ids = java.util.stream.IntStream.range(0, 1001)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        HttpResponse<String> response =
                post("/api/events/batch", ids.stream().map(this::event).toList(), Map.of("X-API-Key", DEMO_KEY));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(ApiTestClient.JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("A batch holds 1 to 1000 events; this one holds 1001.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from events where event_id in (?, ?)",
                        Integer.class,
                        ids.get(0),
                        ids.get(1000)))
                .isZero();
    }
}
