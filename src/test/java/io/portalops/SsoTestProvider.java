package io.portalops;

import java.net.InetAddress;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenID Connect provider in the test JVM (mock-oauth2-server, no Docker) with two issuers, {@code corp} and
 * {@code partner}, configured as PortalOps providers. Interactive: its authorization endpoint takes a posted
 * {@code username} (the subject) and {@code claims} (JSON), as its sign-in page does. One server per JVM, shared by the
 * tests that name this initializer, which then share one Spring context.
 */
public class SsoTestProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String CORP_CLIENT = "portalops-corp";
    public static final String PARTNER_CLIENT = "portalops-partner";
    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server(new OAuth2Config(true));
            started.start(InetAddress.getLoopbackAddress(), 0);
            // never shut down: it lives as long as the test JVM, and a shutdown hook waiting on its idle connections
            // held the fork's exit past Surefire's 30 s limit
            server = started;
        }
        return server;
    }

    public static String issuer(String id) {
        return server().issuerUrl(id).toString();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String prefix = "portalops.security.oidc.providers.";
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "sso-test-provider",
                        Map.ofEntries(
                                Map.entry(prefix + "corp.issuer-uri", issuer("corp")),
                                Map.entry(prefix + "corp.client-id", CORP_CLIENT),
                                Map.entry(prefix + "corp.client-secret", "corp-secret"),
                                Map.entry(prefix + "corp.display-name", "Corp IdP"),
                                Map.entry(prefix + "corp.role-mapping.corp-admins", "ADMIN"),
                                Map.entry(prefix + "corp.role-mapping.corp-analysts", "ANALYST"),
                                Map.entry(prefix + "corp.role-mapping.corp-approvers", "APPROVER"),
                                Map.entry(prefix + "corp.role-mapping.corp-auditors", "AUDITOR"),
                                Map.entry(prefix + "corp.trust-mfa-claims", "true"),
                                Map.entry(prefix + "corp.mfa-acr-values", "urn:corp:loa:mfa"),
                                Map.entry(prefix + "partner.issuer-uri", issuer("partner")),
                                Map.entry(prefix + "partner.client-id", PARTNER_CLIENT),
                                Map.entry(prefix + "partner.client-secret", "partner-secret"),
                                Map.entry(prefix + "partner.display-name", "Partner IdP"),
                                Map.entry(prefix + "partner.groups-claim", "roles"),
                                Map.entry(prefix + "partner.role-mapping.[PortalOps Analysts]", "ANALYST"))));
    }
}
