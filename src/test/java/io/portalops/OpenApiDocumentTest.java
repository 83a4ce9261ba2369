package io.portalops;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient.Response;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API contract is committed as docs/openapi.json, so that every change to it shows up in review. Regenerate with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of(System.getProperty("basedir", "."), "docs", "openapi.json");
    static final String UPDATE_HINT =
            "The OpenAPI document differs from docs/openapi.json. If the change is intended, run "
                    + "`./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true` and commit docs/openapi.json.";

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_matches_the_committed_docs_openapi_json() throws IOException {
        Response response = new ApiTestClient(port).get("/api/docs/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        String actual = canonical(response.body());

        if (Boolean.parseBoolean(System.getProperty("openapi.update", "false"))) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(COMMITTED).as(UPDATE_HINT).exists();
        assertThat(actual).as(UPDATE_HINT).isEqualTo(canonical(Files.readString(COMMITTED, StandardCharsets.UTF_8)));
    }

    @Test
    void the_swagger_ui_is_reachable_without_a_token() {
        ApiTestClient browser = new ApiTestClient(port, HttpClient.Redirect.NORMAL);

        Response page = browser.get("/api/docs", null);

        assertThat(page.status()).as("%s", page.uri()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).containsIgnoringCase("swagger-ui").contains("<html");
        Response script = browser.get(page.uri().resolve("swagger-ui-bundle.js"));
        assertThat(script.status()).as("%s", script.uri()).isEqualTo(200);
        Response config = browser.get("/api/docs/openapi.json/swagger-config", null);
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body()).contains("/api/docs/openapi.json");
    }

    /** Parsed, without the server entry (it holds the random port), keys sorted, pretty-printed with a final newline. */
    static String canonical(String json) {
        Map<?, ?> document = ApiTestClient.JSON.readValue(json, Map.class);
        document.remove("servers");
        return ApiTestClient.JSON
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(sorted(document))
                        .replace("\r\n", "\n")
                + "\n";
    }

    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> result = new TreeMap<>();
            map.forEach((key, value) -> result.put(String.valueOf(key), sorted(value)));
            return result;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(OpenApiDocumentTest::sorted).toList();
        }
        return node;
    }
}
