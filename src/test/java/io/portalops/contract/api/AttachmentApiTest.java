package io.portalops.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.TestUsers;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttachmentApiTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] SCRIPT = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    ContractService contracts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long contract() {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        return users.as(
                        "manager",
                        () -> contracts.create(new ContractForm(
                                customer,
                                "Files over HTTP",
                                ContractType.SERVICES,
                                new BigDecimal("10"),
                                "EUR",
                                LocalDate.now(),
                                LocalDate.now().plusYears(1),
                                false,
                                30,
                                null)))
                .id();
    }

    HttpResponse<byte[]> upload(long contractId, String token, String name, byte[] content) throws Exception {
        String boundary = "----portalops" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/contracts/" + contractId + "/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_pdf_round_trips_and_a_script_named_pdf_is_refused() throws Exception {
        ApiTestClient api = new ApiTestClient(port);
        String manager = api.accessToken("manager");
        long id = contract();

        HttpResponse<byte[]> created = upload(id, manager, "signed.pdf", PDF);
        assertThat(created.statusCode())
                .as(new String(created.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        long attachmentId =
                ApiTestClient.JSON.readTree(created.body()).get("id").asLong();

        HttpResponse<byte[]> download = get("/api/contracts/" + id + "/attachments/" + attachmentId, manager);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("attachment"));

        int before = jdbc.queryForObject("select count(*) from contract_attachment", Integer.class);
        HttpResponse<byte[]> spoofed = upload(id, manager, "invoice.pdf", SCRIPT);
        assertThat(spoofed.statusCode()).isEqualTo(400);
        assertThat(new String(spoofed.body(), StandardCharsets.UTF_8)).contains("whatever its name says");
        assertThat(jdbc.queryForObject("select count(*) from contract_attachment", Integer.class))
                .isEqualTo(before);

        assertThat(get("/api/contracts/" + id + "/attachments/" + attachmentId, api.accessToken("manager2"))
                        .statusCode())
                .isEqualTo(404);
    }
}
