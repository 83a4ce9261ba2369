package io.portalops.calendar.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.calendar.CalendarFeeds;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/calendar} and the iCal feed over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    TestUsers users;

    ApiTestClient api;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void client() {
        api = new ApiTestClient(port);
    }

    @Test
    void the_calendar_answers_the_callers_deadlines_ordered_by_day() {
        Response response = api.get(
                "/api/calendar?from=" + today.minusDays(100) + "&to=" + today.plusDays(299)
                        + "&types=contract-end,contract-notice",
                api.accessToken("manager"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = StreamSupport.stream(response.json().get("items").spliterator(), false)
                .toList();
        assertThat(items).isNotEmpty();
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("source").asString()).isEqualTo("contract");
            assertThat(item.get("type").asString()).isIn("CONTRACT_END", "CONTRACT_NOTICE");
            assertThat(item.get("link").asString()).startsWith("contracts/");
        });
        assertThat(items.stream().map(i -> i.get("ownerId").asLong()).distinct())
                .hasSize(1);
        assertThat(items.stream().map(i -> i.get("day").asString()).toList()).isSorted();
        assertThat(response.json().get("truncated").asBoolean()).isFalse();
    }

    @Test
    void bad_ranges_and_types_are_problem_details_and_no_token_is_401() {
        String token = api.accessToken("analyst");
        for (String query : List.of(
                "from=" + today + "&to=" + today.minusDays(1),
                "from=" + today + "&to=" + today.plusDays(400),
                "from=" + today,
                "from=2026-13-40&to=" + today,
                "from=" + today + "&to=" + today + "&types=birthdays",
                "from=" + today + "&to=" + today + "&types=" + "renewal,".repeat(30))) {
            Response response = api.get("/api/calendar?" + query, token);
            assertThat(response.status()).as(query + " → " + response).isBetween(400, 431);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/calendar?from=" + today + "&to=" + today, null).status())
                .isEqualTo(401);
    }

    @Test
    void the_feed_works_without_a_session_and_is_404_once_revoked() throws Exception {
        String token = users.as("serviceadmin", () -> feeds.regenerateToken());
        HttpClient http = HttpClient.newHttpClient();
        URI feed = URI.create("http://localhost:" + port + "/calendar/" + token + ".ics");

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(feed).header("Accept", "text/calendar").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(response.headers().allValues("Referrer-Policy"))
                .as("the security headers' policy, once")
                .containsExactly("same-origin");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.getComponents("VEVENT")).isNotEmpty();
        assertThat(response.body()).contains("/payments/").doesNotContain("/contracts/");

        users.run("serviceadmin", () -> feeds.revokeToken());
        assertThat(http.send(HttpRequest.newBuilder(feed).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(
                                                "http://localhost:" + port + "/calendar/" + "A".repeat(43) + ".ics"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }
}
