package io.portalops.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/export} and {@code POST /api/export/verify} over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.71"));
    }

    HttpResponse<byte[]> download(String query, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export?" + query))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode verify(byte[] file, String signature, String token) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.csv\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        if (signature != null) {
            body.writeBytes(("\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"signature\"; filename=\"export.csv.sig\"\r\n"
                            + "Content-Type: text/plain\r\n\r\n" + signature)
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export/verify"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiTestClient.JSON.readTree(response.body());
    }

    @Test
    void an_analyst_exports_filtered_contracts_as_csv_with_the_hash_and_signature_in_headers_and_the_file_verifies()
            throws Exception {
        String token = api.accessToken("analyst");
        HttpResponse<byte[]> response = download("grid=contracts&format=csv&status=ACTIVE&sort=endDate,asc", token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("contracts-");
        String sha = response.headers().firstValue("X-Content-SHA256").orElseThrow();
        assertThat(sha)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(response.body())));
        assertThat(response.headers().firstValue("X-Signature").orElseThrow()).startsWith("hmac-sha256:");
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        long active = jdbc.queryForObject("select count(*) from contract where status = 'ACTIVE'", Long.class);
        assertThat(csv.lines().count())
                .as("header plus one line per active contract")
                .isEqualTo(active + 1);
        assertThat(csv.lines().skip(1)).allMatch(line -> line.contains(",Active,"));

        JsonNode genuine = verify(response.body(), null, api.accessToken("auditor"));
        assertThat(genuine.get("outcome").asString()).isEqualTo("GENUINE");
        // the same rows exported twice give the same bytes: the verdict names the first export with this content
        assertThat(jdbc.queryForList("select id from export_record where sha256 = ? order by id", Long.class, sha))
                .contains(Long.parseLong(
                        response.headers().firstValue("X-Export-Id").orElseThrow()))
                .first()
                .isEqualTo(genuine.get("exportId").asLong());

        byte[] changed = response.body().clone();
        changed[changed.length / 2] ^= 1;
        assertThat(verify(changed, null, token).get("outcome").asString()).isEqualTo("NOT_GENUINE");
        String sidecar = "export: 1\nsha256: " + sha + "\nsignature: "
                + response.headers().firstValue("X-Signature").orElseThrow() + "\n";
        assertThat(verify(changed, sidecar, token).get("outcome").asString()).isEqualTo("MODIFIED");
    }

    @Test
    void an_xlsx_export_over_the_api_opens_in_poi() throws Exception {
        HttpResponse<byte[]> response = download("grid=services&format=xlsx", api.accessToken("serviceadmin"));
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Service");
            assertThat(workbook.getSheetAt(0).getLastRowNum())
                    .as("the service admin's three services")
                    .isEqualTo(3);
        }
    }

    @Test
    void bad_grids_formats_and_filters_are_refused_with_a_clear_problem_and_record_nothing() {
        String token = api.accessToken("analyst");
        long before = jdbc.queryForObject("select count(*) from export_record", Long.class);
        assertThat(api.get("/api/export?grid=secrets", token)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).contains("Unknown grid").contains("contracts");
        });
        assertThat(api.get("/api/export?grid=contracts&format=pdf", token).body())
                .contains("csv or xlsx");
        assertThat(api.get("/api/export?grid=contracts&stauts=ACTIVE", token)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).contains("Unknown filter [stauts]");
        });
        assertThat(api.get("/api/export?grid=contracts&status=SIGNED", token).body())
                .contains("not a valid value for status");
        assertThat(api.get("/api/export?grid=contracts&endFrom=yesterday", token)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/export?grid=contracts&sort=secret,asc", token).body())
                .contains("Cannot sort by");
        assertThat(jdbc.queryForObject("select count(*) from export_record", Long.class))
                .isEqualTo(before);
    }

    @Test
    void roles_without_export_rights_are_refused_and_a_producer_key_or_no_token_cannot_export() throws Exception {
        assertThat(api.get("/api/export?grid=contracts", api.accessToken("manager"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/export?grid=audit", api.accessToken("analyst")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/export?grid=payments", api.accessToken("analyst"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/export?grid=customers", api.accessToken("auditor"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/export?grid=audit", api.accessToken("auditor")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/export?grid=contracts", null).status()).isEqualTo(401);
        HttpResponse<String> producer = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export?grid=events"))
                        .header("X-API-Key", "demo-producer-key")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(producer.statusCode()).isEqualTo(403);
    }
}
