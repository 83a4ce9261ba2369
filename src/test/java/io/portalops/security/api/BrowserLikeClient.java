package io.portalops.security.api;

import io.portalops.ApiTestClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * What a browser does that the API client does not: keeps cookies, posts the login form, sends extra headers such as
 * X-Forwarded-For; and connects from a loopback address of the test's own, so that its rate limits are its own.
 */
final class BrowserLikeClient {

    private final String baseUrl;
    private final HttpClient http;

    BrowserLikeClient(int port, String localAddress) {
        try {
            this.baseUrl = "http://127.0.0.1:" + port;
            this.http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .localAddress(InetAddress.getByName(localAddress))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The login form's POST, as the browser sends it. */
    Response signIn(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
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
