package io.portalops.security.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A cookie-keeping client that walks the OpenID Connect authorization-code flow the way a browser does: PortalOps
 * redirects to the provider, the user signs in there (the test provider takes a posted subject and claims), the
 * provider redirects back with a code. Redirects are followed by hand so that each step can be checked.
 */
final class SsoBrowser {

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    SsoBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in at the provider as {@code subject} with {@code claimsJson}; answers PortalOps' reply to the code. */
    HttpResponse<String> signIn(String providerId, String subject, String claimsJson)
            throws IOException, InterruptedException {
        return signIn(providerId, subject, claimsJson, null);
    }

    /** As {@link #signIn(String, String, String)}, waiting at {@code beforeCallback} to bring the code back. */
    HttpResponse<String> signIn(
            String providerId,
            String subject,
            String claimsJson,
            java.util.concurrent.@Nullable CyclicBarrier beforeCallback)
            throws IOException, InterruptedException {
        HttpResponse<String> toProvider = get("/oauth2/authorization/" + providerId);
        if (toProvider.statusCode() != 302) {
            throw new AssertionError("PortalOps did not redirect to the provider: " + toProvider.statusCode());
        }
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
        HttpResponse<String> back = client.send(
                HttpRequest.newBuilder(URI.create(authorize))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 302) {
            throw new AssertionError("The provider did not redirect back: " + back.statusCode() + " " + back.body());
        }
        String callback = back.headers().firstValue("Location").orElseThrow();
        if (!callback.startsWith(base + "/login/oauth2/code/" + providerId)) {
            throw new AssertionError("Unexpected redirect URI " + callback);
        }
        if (beforeCallback != null) {
            try {
                beforeCallback.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the other sign-ins did not reach their callback", e);
            }
        }
        return client.send(
                HttpRequest.newBuilder(URI.create(callback)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
