package io.portalops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for API tests against the server on a random port: real requests, real filters, real JSON.
 */
public final class ApiTestClient {

    public static final JsonMapper JSON = JsonMapper.shared();

    private final String baseUrl;
    private final HttpClient http;

    public ApiTestClient(int port) {
        this(port, HttpClient.Redirect.NEVER);
    }

    public ApiTestClient(int port, HttpClient.Redirect redirects) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * A client connecting from another loopback address, e.g. 127.0.0.5. The API limits requests per client address, so
     * a class that makes hundreds of requests gets a bucket of its own and leaves the others' alone.
     */
    public ApiTestClient(int port, java.net.InetAddress localAddress) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .localAddress(localAddress)
                .build();
    }

    /** A response with its body as text, parsed on demand. */
    public record Response(URI uri, int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public @Nullable String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A GET of an absolute URI, e.g. one resolved against an earlier response. */
    public Response get(URI uri) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());
    }

    public Response get(String path, @Nullable String accessToken) {
        return send(request(path, accessToken).GET().build());
    }

    /** A GET with extra request headers, e.g. an X-API-Key. */
    public Response get(String path, @Nullable String accessToken, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, accessToken);
        headers.forEach(builder::setHeader);
        return send(builder.GET().build());
    }

    public Response post(String path, Object body, @Nullable String accessToken) {
        return send(request(path, accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body)))
                .build());
    }

    /** A POST with extra request headers, e.g. an Idempotency-Key. */
    public Response post(String path, Object body, @Nullable String accessToken, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, accessToken).header("Content-Type", "application/json");
        headers.forEach(builder::header);
        return send(
                builder.POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build());
    }

    public Response put(String path, Object body, @Nullable String accessToken) {
        return send(request(path, accessToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body)))
                .build());
    }

    public Response delete(String path, @Nullable String accessToken) {
        return send(request(path, accessToken).DELETE().build());
    }

    /** A multipart/form-data POST with text fields and one file part, as a browser form would send it. */
    public Response multipart(
            String path,
            Map<String, String> fields,
            String filePart,
            String fileName,
            byte[] content,
            @Nullable String accessToken) {
        String boundary = "----portalops" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(utf8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(utf8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        return postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), accessToken);
    }

    /** A POST of raw bytes with the given content type (null: none). */
    public Response postBytes(String path, @Nullable String contentType, byte[] body, @Nullable String accessToken) {
        HttpRequest.Builder builder = request(path, accessToken);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Signs in through {@code POST /api/auth/token} and returns the token pair as JSON; fails unless 200. */
    public JsonNode login(String username, String password) {
        Response response = post("/api/auth/token", Map.of("username", username, "password", password), null);
        if (response.status() != 200) {
            throw new AssertionError("Login of " + username + " failed: " + response);
        }
        return response.json();
    }

    /** An access token of a demo account, whose password is its username. */
    public String accessToken(String demoUsername) {
        return login(demoUsername, demoUsername).get("access_token").asString();
    }

    private HttpRequest.Builder request(String path, @Nullable String accessToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/html;q=0.5");
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return builder;
    }

    private static String toJson(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.uri(), response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
