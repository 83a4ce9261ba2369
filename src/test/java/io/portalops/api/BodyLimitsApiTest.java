package io.portalops.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.payment.PaymentFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Request bodies under /api/ are bounded before they are parsed, and bad uploads answer problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BodyLimitsApiTest {

    static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;
    String token;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.141"));
        token = api.accessToken("manager");
    }

    long draftOfManager() {
        return jdbc.queryForObject(
                "select min(k.id) from contract k join account a on a.id = k.owner_id where a.username = 'manager'",
                Long.class);
    }

    int attachments(long contractId) {
        return jdbc.queryForObject(
                "select count(*) from contract_attachment where contract_id = ?", Integer.class, contractId);
    }

    /** Sends only the request head with the declared length, no body, and reads the answer: proof that nothing was read first. */
    String declaredOnly(String method, String path, String contentType, long contentLength) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            StringBuilder answer = new StringBuilder();
            int n;
            while (!answer.toString().contains("}") && (n = in.read(buffer)) != -1) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }

    static void assertProblem(String raw, int status) {
        assertThat(raw)
                .startsWith("HTTP/1.1 " + status)
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":" + status);
    }

    @Test
    void a_json_body_declared_over_the_limit_answers_413_before_a_byte_is_read() throws Exception {
        assertProblem(declaredOnly("POST", "/api/customers", "application/json", MB + 1), 413);
        assertProblem(declaredOnly("POST", "/api/events/batch", "application/json", 1000L * (65536 + 4096) + 1), 413);
    }

    @Test
    void a_chunked_json_body_is_counted_and_cut_off_at_the_limit_with_413() throws Exception {
        byte[] big = ("{\"name\":\"" + "x".repeat((int) (2 * MB)) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/customers"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName("127.0.0.142"))
                .connectTimeout(Duration.ofSeconds(10))
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void the_event_batch_takes_more_than_other_endpoints_enough_for_a_thousand_events_at_the_payload_limit()
            throws Exception {
        // over the 1 MB of other endpoints, within the batch's room: the filter lets it through to authentication (no
        // API key)
        byte[] twoMegabytes = ("[" + "{}".repeat((int) MB) + "]").getBytes(StandardCharsets.US_ASCII);
        Response batch = api.postBytes("/api/events/batch", "application/json", twoMegabytes, null);
        assertThat(batch.status()).as("%s", batch).isEqualTo(401);
        Response other = api.postBytes("/api/customers", "application/json", twoMegabytes, token);
        assertThat(other.status()).as("%s", other).isEqualTo(413);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_multipart_upload_over_the_limit_answers_413_problem_json_and_stores_nothing() throws Exception {
        long contract = draftOfManager();
        int before = attachments(contract);
        assertProblem(
                declaredOnly(
                        "POST",
                        "/api/contracts/" + contract + "/attachments",
                        "multipart/form-data; boundary=x",
                        12 * MB),
                413);

        Response real = api.multipart(
                "/api/contracts/" + contract + "/attachments",
                Map.of(),
                "file",
                "big.pdf",
                new byte[(int) (12 * MB)],
                token);
        assertThat(real.status()).as("%s", real).isEqualTo(413);
        assertThat(real.contentType()).startsWith("application/problem+json");
        assertThat(attachments(contract)).isEqualTo(before);
    }

    @Test
    void an_upload_endpoint_given_json_or_no_body_answers_a_problem() {
        long contract = draftOfManager();
        Response json = api.post("/api/contracts/" + contract + "/attachments", Map.of("file", "x"), token);
        assertThat(json.status()).as("%s", json).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");

        Response empty = api.postBytes("/api/contracts/" + contract + "/attachments", null, new byte[0], token);
        assertThat(empty.status()).as("%s", empty).isIn(400, 415);
        assertThat(empty.contentType()).startsWith("application/problem+json");

        Response noPart = api.postBytes(
                "/api/contracts/" + contract + "/attachments",
                "multipart/form-data; boundary=x",
                "--x--\r\n".getBytes(StandardCharsets.US_ASCII),
                token);
        assertThat(noPart.status()).as("%s", noPart).isEqualTo(400);
        assertThat(noPart.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_file_name_with_a_nul_or_five_thousand_characters_answers_400_and_stores_nothing() {
        long contract = draftOfManager();
        int before = attachments(contract);
        for (String name : new String[] {"evil\u0000.pdf", "a".repeat(5000) + ".pdf"}) {
            Response response = api.multipart(
                    "/api/contracts/" + contract + "/attachments", Map.of(), "file", name, PaymentFixtures.PDF, token);
            assertThat(response.status()).as("%s", response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(attachments(contract)).isEqualTo(before);
    }
}
