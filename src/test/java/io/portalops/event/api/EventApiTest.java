package io.portalops.event.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.event.EventFixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventApiTest {

    @LocalServerPort
    int port;

    @Autowired
    EventFixtures fixtures;

    ApiTestClient api;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
    }

    @Test
    void cursor_paging_over_http_returns_each_event_once_newest_first() {
        String source = EventFixtures.uniqueSource();
        String ref = fixtures.customerOf("manager");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Set<Long> stored = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            stored.add(fixtures.ingest(
                    source, i % 2 == 0 ? "payment.missed" : "login", ref, now.minusSeconds(60 + i / 2)));
        }
        String token = api.accessToken("analyst");
        List<Long> seen = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response response = api.get(
                    "/api/events?source=" + source + "&limit=3" + (cursor == null ? "" : "&after=" + cursor), token);
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            JsonNode body = response.json();
            for (JsonNode item : body.get("items")) {
                seen.add(item.get("id").asLong());
                times.add(Instant.parse(item.get("occurredAt").asString()));
                assertThat(item.get("customerName").asString()).isNotBlank();
                assertThat(item.get("payload").asString()).startsWith("{");
            }
            cursor = body.get("nextCursor").isNull()
                    ? null
                    : body.get("nextCursor").asString();
            if (cursor != null) {
                fixtures.ingest(source, "login", ref, now.minusSeconds(1));
            }
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Response logins = api.get("/api/events?source=" + source + "&type=login&from=" + now.minusSeconds(3600), token);
        assertThat(logins.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("type").asString())
                        .toList())
                .isNotEmpty()
                .containsOnly("login");

        String contracted = fixtures.contractedCustomerOf("manager");
        String number = fixtures.contractOf(contracted);
        long onContract = fixtures.ingestOnContract(source, contracted, number, now.minusSeconds(7200));
        Response byNumber = api.get(
                "/api/events?source=" + source + "&contractNumber=" + number.toLowerCase(java.util.Locale.ROOT), token);
        assertThat(byNumber.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asLong())
                        .toList())
                .containsExactly(onContract);
        assertThat(byNumber.json().get("items").get(0).get("contractNumber").asString())
                .isEqualTo(number);
    }

    @Test
    void a_manager_sees_only_own_customers_and_a_service_admin_is_forbidden() {
        String source = EventFixtures.uniqueSource();
        Instant now = Instant.now();
        long own = fixtures.ingest(source, "login", fixtures.customerOf("manager"), now.minusSeconds(20));
        fixtures.ingest(source, "login", fixtures.customerOf("manager2"), now.minusSeconds(10));
        Response managers = api.get("/api/events?source=" + source, api.accessToken("manager"));
        assertThat(managers.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asLong())
                        .toList())
                .containsExactly(own);

        String serviceAdmin = api.accessToken("serviceadmin");
        Response forbidden = api.get("/api/events", serviceAdmin);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/events", null).status()).isEqualTo(401);
        assertThat(api.get("/api/events/types", null).status()).isEqualTo(401);
    }

    @Test
    void bad_cursor_limit_or_time_answers_400_problem_json() {
        String token = api.accessToken("analyst");
        for (String query : List.of("after=not-a-cursor", "limit=0", "limit=501", "from=yesterday", "to=2026-11-22")) {
            Response response = api.get("/api/events?" + query, token);
            assertThat(response.status()).as("%s: %s", query, response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            String field = query.substring(0, query.indexOf('='));
            assertThat(response.json().get("errors").propertyNames()).as(query).containsExactly(field);
        }
        assertThat(api.get("/api/events?limit=500", token).status()).isEqualTo(200);
    }

    @Test
    void types_lists_the_demo_types_with_their_schemas() {
        Response response = api.get("/api/events/types", api.accessToken("analyst"));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<String> names =
                response.json().valueStream().map(t -> t.get("name").asString()).toList();
        assertThat(names).contains("payment.missed", "payment.received", "login", "complaint.opened", "usage.reported");
        JsonNode missed = response.json()
                .valueStream()
                .filter(t -> t.get("name").asString().equals("payment.missed"))
                .findFirst()
                .orElseThrow();
        assertThat(missed.get("schema").get("required").toString()).contains("amount", "currency");
        assertThat(missed.get("enabled").asBoolean()).isTrue();
        assertThat(api.get("/api/events/types", api.accessToken("serviceadmin")).status())
                .as("any authenticated caller")
                .isEqualTo(200);
    }
}
