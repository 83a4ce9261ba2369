package io.portalops.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo profile's identity provider (docs/security/sso.md): a mock OpenID Connect server in the same JVM, on
 * localhost, whose sign-in page offers two demo users (alice, an admin; bob, an analyst) and one without a PortalOps
 * group, so that SSO can be tried without an IdP. Never in production: the production profile refuses the demo (ADR 020).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "portalops.demo.sso.enabled", havingValue = "true", matchIfMissing = true)
class DemoIdentityProvider implements DisposableBean {

    static final String ID = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoIdentityProvider.class);

    private final MockOAuth2Server server;
    private final Path loginPage;

    DemoIdentityProvider(DemoSsoProperties properties) {
        try (InputStream page = new ClassPathResource("demo/demo-idp-login.html").getInputStream()) {
            loginPage = Files.createTempFile("portalops-demo-idp", ".html");
            Files.write(loginPage, page.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new MockOAuth2Server(new OAuth2Config(true, loginPage.toString()));
        server.start(InetAddress.getLoopbackAddress(), properties.port());
        log.info("Demo identity provider at {} (demo profile only)", issuer());
    }

    URI issuer() {
        return server.issuerUrl(ID).uri();
    }

    OidcProperties.Provider provider() {
        return new OidcProperties.Provider(
                issuer(),
                "portalops-demo",
                "demo-secret",
                null,
                "Demo IdP",
                "groups",
                Map.of("portalops-admins", Role.ADMIN, "portalops-analysts", Role.ANALYST),
                false,
                null,
                null);
    }

    @Override
    public void destroy() throws IOException {
        server.shutdown();
        Files.deleteIfExists(loginPage);
    }
}
