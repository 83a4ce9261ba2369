package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The demo profile's identity provider starts on loopback, publishes discovery, and shows the demo users' page. */
class DemoIdentityProviderTest {

    @Test
    void the_demo_provider_publishes_its_discovery_document_and_offers_the_demo_users() throws Exception {
        DemoIdentityProvider demo = new DemoIdentityProvider(new DemoSsoProperties(true, 0));
        try {
            URI issuer = demo.issuer();
            assertThat(issuer.getHost()).isIn("localhost", "127.0.0.1");
            HttpClient http = HttpClient.newHttpClient();
            String discovery = http.send(
                            HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(discovery.replace(" ", ""))
                    .contains("\"issuer\":\"" + issuer + "\"")
                    .contains("end_session_endpoint");

            String login = http.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    issuer + "/authorize?client_id=portalops-demo"
                                                            + "&response_type=code&scope=openid&redirect_uri=http://localhost/cb&state=s&nonce=n"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(login).contains("Alice Admin").contains("Bob Analyst").contains("portalops-admins");

            OidcProperties.Provider provider = demo.provider();
            assertThat(SsoSignIn.mappedRoles(provider, java.util.List.of("portalops-admins")))
                    .containsExactly(Role.ADMIN);
            assertThat(SsoSignIn.mappedRoles(provider, java.util.List.of("portalops-analysts")))
                    .containsExactly(Role.ANALYST);
            assertThat(SsoSignIn.mappedRoles(provider, java.util.List.of("sales")))
                    .isEmpty();
        } finally {
            demo.destroy();
        }
    }
}
