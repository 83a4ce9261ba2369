package io.portalops.payment.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.TestUsers;
import io.portalops.payment.BillingForm;
import io.portalops.payment.PaymentFixtures;
import io.portalops.payment.PaymentFixtures.Caller;
import io.portalops.payment.PaymentFixtures.Target;
import io.portalops.payment.PaymentRegister;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/payments} over real HTTP: the RBAC matrix of every endpoint and role, card numbers refused without being
 * echoed, masking, spoofed uploads, and problem details for bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentApiTest {

    enum Outcome {
        ALLOWED,
        MASKED,
        NOT_FOUND,
        FORBIDDEN
    }

    enum Endpoint {
        LIST,
        GET,
        CREATE,
        UPDATE,
        DELETE,
        HISTORY,
        LIST_INVOICES,
        UPLOAD_INVOICE,
        DOWNLOAD_INVOICE,
        DELETE_INVOICE;

        boolean writes() {
            return Stream.of(CREATE, UPDATE, DELETE, UPLOAD_INVOICE, DELETE_INVOICE)
                    .anyMatch(e -> e == this);
        }

        boolean showsCard() {
            return Stream.of(LIST, GET, HISTORY).anyMatch(e -> e == this);
        }
    }

    static final byte[] HTML =
            "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentRegister register;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    PaymentFixtures fixtures;
    ApiTestClient api;
    final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    void fixtures() {
        fixtures = new PaymentFixtures(context);
        api = new ApiTestClient(port);
    }

    String token(Caller caller) {
        return tokens.computeIfAbsent(caller, c -> {
            String username = fixtures.username(c);
            String password = username.startsWith("pay-") ? PaymentFixtures.PASSWORD : username;
            return api.login(username, password).get("access_token").asString();
        });
    }

    static Outcome expected(Caller caller, Endpoint endpoint) {
        return switch (caller) {
            case ADMIN, SERVICE_ADMIN_OF_ITS_SERVICE -> Outcome.ALLOWED;
            case SERVICE_ADMIN_OF_ANOTHER_SERVICE -> Outcome.NOT_FOUND;
            case PRODUCT_ADMIN_OF_IT ->
                endpoint.writes() ? Outcome.FORBIDDEN : endpoint.showsCard() ? Outcome.MASKED : Outcome.ALLOWED;
            case PRODUCT_ADMIN_OF_ANOTHER_PRODUCT -> endpoint.writes() ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
            case ACCOUNT_MANAGER, ANALYST, APPROVER, AUDITOR -> Outcome.FORBIDDEN;
        };
    }

    static Stream<Arguments> matrix() {
        return Arrays.stream(Caller.values())
                .flatMap(caller -> Arrays.stream(Endpoint.values())
                        .map(endpoint -> Arguments.of(caller, endpoint, expected(caller, endpoint))));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("matrix")
    void each_role_may_call_each_payment_endpoint_only_as_the_matrix_says(
            Caller caller, Endpoint endpoint, Outcome expected) throws Exception {
        Target target = fixtures.target();
        long newProduct = endpoint == Endpoint.CREATE ? fixtures.newProduct() : 0;
        BillingForm asRead =
                users.as("admin", () -> register.get(target.recordId()).form());
        String token = token(caller);
        String record = "/api/payments/" + target.recordId();
        Object before = endpoint.writes() ? state(endpoint, target, newProduct) : null;
        Response response = switch (endpoint) {
            case LIST -> api.get("/api/payments?productId=" + target.productId(), token);
            case GET -> api.get(record, token);
            case CREATE ->
                api.post(
                        "/api/payments",
                        PaymentFixtures.cardForm(newProduct, LocalDate.now().plusYears(1), YearMonth.now()),
                        token);
            case UPDATE -> api.put(record, withNotes(asRead, "Changed by " + caller), token);
            case DELETE -> delete(record + "?version=" + asRead.version(), token);
            case HISTORY -> api.get(record + "/history", token);
            case LIST_INVOICES -> api.get(record + "/invoices", token);
            case UPLOAD_INVOICE -> upload(target.recordId(), token, "invoice.pdf", PaymentFixtures.PDF, "2025-03-01");
            case DOWNLOAD_INVOICE -> api.get(record + "/invoices/" + target.invoiceId(), token);
            case DELETE_INVOICE -> delete(record + "/invoices/" + target.invoiceId(), token);
        };
        assertThat(outcome(endpoint, target, response)).as(response.toString()).isEqualTo(expected);
        if (endpoint.writes()) {
            Object after = state(endpoint, target, newProduct);
            if (expected == Outcome.ALLOWED) {
                assertThat(after).as("allowed, yet nothing changed").isNotEqualTo(before);
            } else {
                assertThat(after).as("refused, yet the rows changed").isEqualTo(before);
            }
        }
    }

    /** What the write would change, read from the database. */
    private Object state(Endpoint endpoint, Target target, long newProduct) {
        return switch (endpoint) {
            case CREATE ->
                jdbc.queryForObject(
                        "select count(*) from billing_record where product_id = ?", Integer.class, newProduct);
            case UPDATE ->
                jdbc.queryForMap("select notes, version from billing_record where id = ?", target.recordId());
            case DELETE ->
                jdbc.queryForObject(
                        "select count(*) from billing_record where id = ?", Integer.class, target.recordId());
            case UPLOAD_INVOICE ->
                jdbc.queryForObject(
                        "select count(*) from payment_invoice where billing_record_id = ?",
                        Integer.class,
                        target.recordId());
            case DELETE_INVOICE ->
                jdbc.queryForObject(
                        "select count(*) from payment_invoice where id = ?", Integer.class, target.invoiceId());
            default -> throw new IllegalArgumentException(endpoint + " writes nothing");
        };
    }

    private static BillingForm withNotes(BillingForm form, String notes) {
        return new BillingForm(
                form.productId(),
                form.cycle(),
                form.amount(),
                form.currency(),
                form.nextRenewal(),
                form.autoRenew(),
                form.noticeAmount(),
                form.noticeUnit(),
                form.poNumber(),
                form.method(),
                form.cardHolder(),
                form.cardBrand(),
                form.cardLast4(),
                form.cardExpiryMonth(),
                form.cardExpiryYear(),
                notes,
                form.version());
    }

    private static Outcome outcome(Endpoint endpoint, Target target, Response response) {
        if (response.status() == 403 || response.status() == 404) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
            return response.status() == 403 ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
        }
        int success = switch (endpoint) {
            case CREATE, UPLOAD_INVOICE -> 201;
            case DELETE, DELETE_INVOICE -> 204;
            default -> 200;
        };
        assertThat(response.status()).isEqualTo(success);
        String expiry = switch (endpoint) {
            case LIST -> {
                JsonNode rows = response.json().get("items");
                JsonNode row = rows.valueStream()
                        .filter(r -> r.get("id").asLong() == target.recordId())
                        .findFirst()
                        .orElse(null);
                yield row == null ? null : row.get("cardExpiry").asString();
            }
            case GET -> response.json().get("card").get("expiry").asString();
            case HISTORY ->
                response.json()
                        .get(response.json().size() - 1)
                        .get("fields")
                        .valueStream()
                        .filter(f -> f.get("field").asString().equals("Card expiry"))
                        .findFirst()
                        .orElseThrow()
                        .get("newValue")
                        .asString();
            default -> "";
        };
        if (expiry == null) {
            return Outcome.NOT_FOUND;
        }
        return expiry.equals("••/••••") ? Outcome.MASKED : Outcome.ALLOWED;
    }

    @Test
    void a_card_number_in_any_field_answers_400_naming_the_field_without_echoing_it_and_nothing_is_stored() {
        long product = fixtures.newProduct();
        String admin = token(Caller.ADMIN);
        Map<String, Object> body = new java.util.LinkedHashMap<>(ApiTestClient.JSON.convertValue(
                PaymentFixtures.cardForm(
                        product, LocalDate.now().plusYears(1), YearMonth.now().plusYears(1)),
                Map.class));
        for (String field : new String[] {"poNumber", "cardHolder", "notes"}) {
            Map<String, Object> withPan = new java.util.LinkedHashMap<>(body);
            withPan.put(field, "Card 4111-1111-1111-1111");
            Response refused = api.post("/api/payments", withPan, admin);
            assertThat(refused.status()).as(field).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(field).asString()).contains("full card number");
            assertThat(refused.body()).doesNotContain("4111");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_record where product_id = ?", Integer.class, product))
                .isZero();
        Map<String, Object> luhnInvalid = new java.util.LinkedHashMap<>(body);
        luhnInvalid.put("poNumber", "4111111111111112");
        assertThat(api.post("/api/payments", luhnInvalid, admin).status()).isEqualTo(201);
    }

    @Test
    void the_expiry_is_clear_to_the_service_admin_and_masked_to_the_product_admin() {
        Target target = fixtures.target();
        JsonNode clear = api.get("/api/payments/" + target.recordId(), token(Caller.SERVICE_ADMIN_OF_ITS_SERVICE))
                .json()
                .get("card");
        assertThat(clear.get("expiryMonth").asInt()).isEqualTo(YearMonth.now().getMonthValue());
        assertThat(clear.get("holder").asString()).isEqualTo("Jane Doe");
        JsonNode masked = api.get("/api/payments/" + target.recordId(), token(Caller.PRODUCT_ADMIN_OF_IT))
                .json()
                .get("card");
        assertThat(masked.get("expiry").asString()).isEqualTo("••/••••");
        assertThat(masked.get("expiryMonth").isNull()).isTrue();
        assertThat(masked.get("expiryYear").isNull()).isTrue();
        assertThat(masked.get("holder").asString()).isEqualTo("J••• D•••");
        assertThat(masked.get("last4").asString()).isEqualTo("4242");
    }

    @Test
    void an_invoice_round_trips_and_a_pdf_name_with_html_bytes_is_refused() throws Exception {
        Target target = fixtures.target();
        String serviceAdmin = token(Caller.SERVICE_ADMIN_OF_ITS_SERVICE);
        Response download = api.get(
                "/api/payments/" + target.recordId() + "/invoices/" + target.invoiceId(),
                token(Caller.PRODUCT_ADMIN_OF_IT));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .contains("attachment")
                .contains("invoice.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        int before = jdbc.queryForObject("select count(*) from payment_invoice", Integer.class);
        Response spoofed = upload(target.recordId(), serviceAdmin, "invoice.pdf", HTML, "2025-03-01");
        assertThat(spoofed.status()).isEqualTo(400);
        assertThat(spoofed.json().get("errors").get("file").asString()).contains("whatever its name says");
        Response noDate = upload(target.recordId(), serviceAdmin, "invoice.pdf", PaymentFixtures.PDF, null);
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from payment_invoice", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void bad_input_answers_problem_details_and_a_stale_version_409() {
        String admin = token(Caller.ADMIN);
        assertThat(api.get("/api/payments?renewalWithinDays=-1", admin)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("errors").has("renewalWithinDays")).isTrue();
        });
        assertThat(api.get("/api/payments?cycle=WEEKLY", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/payments?sort=cardNumber", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/payments", null).status()).isEqualTo(401);

        Target target = fixtures.target();
        BillingForm read =
                users.as("admin", () -> register.get(target.recordId()).form());
        assertThat(api.put("/api/payments/" + target.recordId(), read, admin).status())
                .isEqualTo(200);
        Response stale = api.put("/api/payments/" + target.recordId(), read, admin);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/payments/999999999", admin).status()).isEqualTo(404);
    }

    private Response delete(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .DELETE()
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.uri(), response.statusCode(), response.headers(), response.body());
    }

    private Response upload(long recordId, String token, String name, byte[] content, String invoiceDate)
            throws Exception {
        String boundary = "----portalops" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (invoiceDate != null) {
            fields.put("invoiceDate", invoiceDate);
        }
        fields.put("amount", "1200.00");
        fields.put("currency", "EUR");
        fields.put("number", "INV-1");
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/payments/" + recordId + "/invoices"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.uri(), response.statusCode(), response.headers(), response.body());
    }
}
