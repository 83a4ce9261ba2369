package io.portalops.bulk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonService;
import io.portalops.payment.PaymentFixtures;
import io.portalops.payment.PaymentFixtures.Caller;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Idempotency-Key of {@code POST /api/bulk/{grid}/{action}} (ADR 045), over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkIdempotencyApiTest {

    static final Map<String, String> TOKENS = new HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PersonService people;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationContext context;

    ApiTestClient api;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
    }

    String token(String username) {
        return TOKENS.computeIfAbsent(username + "@" + port, k -> api.accessToken(username));
    }

    long person() {
        StringBuilder name = new StringBuilder("Key ");
        for (int i = 0; i < 10; i++) {
            name.append((char)
                    ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return users.as("admin", () -> people.create(DirectoryFixtures.form(name.toString(), EmploymentStatus.ACTIVE)))
                .id();
    }

    String department(long id) {
        return jdbc.queryForObject("select department from person where id = ?", String.class, id);
    }

    long revisions(long person) {
        return jdbc.queryForObject("select count(*) from person_aud where id = ?", Long.class, person);
    }

    long bulkEntries(String department) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = 'bulk.people.set_department' "
                        + "and details->'fields'->>'department' = ?",
                Long.class,
                department);
    }

    Response setDepartment(long person, String department, String key, String accessToken) {
        return api.post(
                "/api/bulk/people/set_department",
                Map.of("ids", List.of(person), "department", department),
                accessToken,
                Map.of("Idempotency-Key", key));
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void a_retry_with_the_same_key_answers_the_first_runs_status_and_body_and_runs_nothing_again() {
        long person = person();
        String key = UUID.randomUUID().toString();
        String department = "Retry " + key;

        Response first = setDepartment(person, department, key, token("admin"));
        long revisionsAfterFirst = revisions(person);
        Response retry = setDepartment(person, department, key, token("admin"));

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(department(person)).isEqualTo(department);
        assertThat(revisions(person)).as("no second edit").isEqualTo(revisionsAfterFirst);
        assertThat(bulkEntries(department)).as("audited once").isOne();
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_with_422_and_changes_nothing() {
        long person = person();
        String key = UUID.randomUUID().toString();
        assertThat(setDepartment(person, "First " + key, key, token("admin")).status())
                .isEqualTo(200);

        assertProblem(setDepartment(person, "Second " + key, key, token("admin")), 422);
        assertThat(department(person)).isEqualTo("First " + key);
        assertThat(bulkEntries("Second " + key)).isZero();
    }

    @Test
    void a_run_refused_before_any_row_gives_its_key_back_and_a_bad_status_value_is_a_400_problem() {
        long person = person();
        String key = UUID.randomUUID().toString();

        Response bad = api.post(
                "/api/bulk/people/set_status",
                Map.of("ids", List.of(person), "status", "FIRED"),
                token("admin"),
                Map.of("Idempotency-Key", key));
        assertProblem(bad, 400);
        assertThat(bad.body()).contains("PENDING_START, ACTIVE, LEAVING, LEFT");
        assertThat(jdbc.queryForObject("select status from person where id = ?", String.class, person))
                .isEqualTo("ACTIVE");

        Response fixed = api.post(
                "/api/bulk/people/set_status",
                Map.of("ids", List.of(person), "status", "PENDING_START"),
                token("admin"),
                Map.of("Idempotency-Key", key));
        assertThat(fixed.status())
                .as("the key was given back, so the corrected request runs: %s", fixed)
                .isEqualTo(200);
        assertThat(fixed.json().get("done").asInt()).isOne();
        assertThat(jdbc.queryForObject("select status from person where id = ?", String.class, person))
                .isEqualTo("PENDING_START");
    }

    @Test
    void a_key_belongs_to_its_account_so_another_account_with_the_same_key_gets_its_own_run_not_the_first_result() {
        PaymentFixtures fixtures = new PaymentFixtures(context);
        long record = fixtures.target().recordId();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("ids", List.of(record));
        String mine = api.login(fixtures.username(Caller.SERVICE_ADMIN_OF_ITS_SERVICE), PaymentFixtures.PASSWORD)
                .get("access_token")
                .asString();
        String other = api.login(fixtures.username(Caller.SERVICE_ADMIN_OF_ANOTHER_SERVICE), PaymentFixtures.PASSWORD)
                .get("access_token")
                .asString();

        Response first = api.post("/api/bulk/payments/mark_reviewed", body, mine, Map.of("Idempotency-Key", key));
        Response theirs = api.post("/api/bulk/payments/mark_reviewed", body, other, Map.of("Idempotency-Key", key));

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.json().get("done").asInt()).isOne();
        assertThat(theirs.status()).as("%s", theirs).isEqualTo(200);
        assertThat(theirs.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(theirs.json().get("done").asInt()).isZero();
        assertThat(theirs.json().get("rows").get(0).get("reason").asString()).isEqualTo("Not found.");
    }

    @Test
    void an_expired_key_is_forgotten_so_it_runs_as_a_new_request() {
        long person = person();
        String key = UUID.randomUUID().toString();
        assertThat(setDepartment(person, "Old " + key, key, token("admin")).status())
                .isEqualTo(200);
        jdbc.update("update bulk_request_key set created_at = created_at - interval '25 hours' where key = ?", key);

        Response later = setDepartment(person, "New " + key, key, token("admin"));

        assertThat(later.status()).as("%s", later).isEqualTo(200);
        assertThat(department(person)).isEqualTo("New " + key);
        assertThat(jdbc.queryForObject(
                        "select count(*) from bulk_request_key where key = ? and created_at < now() - interval '1 hour'",
                        Long.class,
                        key))
                .isZero();
    }

    @Test
    void parallel_requests_with_one_key_run_once_the_others_get_409_while_it_runs_and_then_its_result()
            throws Exception {
        long person = person();
        String key = UUID.randomUUID().toString();
        String department = "Parallel " + key;
        String body = ApiTestClient.JSON.writeValueAsString(Map.of("ids", List.of(person), "department", department));
        String token = token("admin");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/bulk/people/set_department"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        // the person's row is locked, so that the one run that claims the key is still running when the others arrive
        try (Connection lock = dataSource.getConnection();
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select id from person where id = ? for update")) {
                select.setLong(1, person);
                select.executeQuery().close();
            }
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> futures.stream().filter(Future::isDone).count() == 3);
            List<HttpResponse<String>> refused = futures.stream()
                    .filter(Future::isDone)
                    .map(BulkIdempotencyApiTest::get)
                    .toList();
            assertThat(refused).allSatisfy(r -> {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(r.body()).contains("still running");
            });
            assertThat(department(person))
                    .as("not done while the row is locked")
                    .isEqualTo("Testing");
            lock.rollback();
        }
        HttpResponse<String> ran = futures.stream()
                .map(BulkIdempotencyApiTest::get)
                .filter(r -> r.statusCode() != 409)
                .findFirst()
                .orElseThrow();
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
        assertThat(ran.body()).contains("\"done\":1");

        HttpResponse<String> afterwards = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(afterwards.statusCode()).isEqualTo(200);
        assertThat(afterwards.body()).isEqualTo(ran.body());
        assertThat(afterwards.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(department(person)).isEqualTo(department);
        assertThat(bulkEntries(department)).as("one run, audited once").isOne();
    }

    private static HttpResponse<String> get(Future<HttpResponse<String>> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
