package io.portalops.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.SsoTestProvider;
import io.portalops.TestUsers;
import io.portalops.security.MfaPolicyService;
import io.portalops.security.Role;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * An SSO sign-in and the two-factor policy (ADR 033): the provider {@code corp} is trusted for its {@code amr} claim,
 * so a second factor it asserts stands in for PortalOps' own; without that assertion the session goes through
 * PortalOps' enrolment like a password sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SsoTestProvider.class)
class SsoSecondFactorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MfaPolicyService policy;

    @Autowired
    TestUsers users;

    @BeforeEach
    void auditorsMustUseASecondFactor() {
        users.run("admin", () -> policy.setRequired(Role.AUDITOR, true));
    }

    @AfterEach
    void restorePolicy() {
        users.run("admin", () -> policy.followConfiguration(Role.AUDITOR));
    }

    @Test
    void a_second_factor_asserted_by_a_trusted_provider_stands_in_for_the_totp_step() throws Exception {
        String subject = "ssomfa-" + UUID.randomUUID().toString().substring(0, 8);
        SsoBrowser browser = new SsoBrowser(port);

        browser.signIn("corp", subject, claims(subject, "[\"pwd\",\"otp\"]"));

        assertThat(browser.get("/audit").statusCode()).as("no enrolment asked").isEqualTo(200);
    }

    @Test
    void an_acr_value_configured_as_multi_factor_stands_in_and_another_does_not() throws Exception {
        String subject = "ssoacr-" + UUID.randomUUID().toString().substring(0, 8);
        SsoBrowser browser = new SsoBrowser(port);
        browser.signIn("corp", subject, claims(subject, "[\"pwd\"]", "urn:corp:loa:mfa"));
        assertThat(browser.get("/audit").statusCode()).as("no enrolment asked").isEqualTo(200);

        String other = "ssoacrpwd-" + UUID.randomUUID().toString().substring(0, 8);
        SsoBrowser second = new SsoBrowser(port);
        second.signIn("corp", other, claims(other, "[\"pwd\"]", "urn:corp:loa:pwd"));
        HttpResponse<String> page = second.get("/audit");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(SsoBrowser.location(page)).endsWith("/account/two-factor");
    }

    @Test
    void without_the_providers_assertion_the_required_role_is_sent_to_enrolment() throws Exception {
        String subject = "ssonomfa-" + UUID.randomUUID().toString().substring(0, 8);
        SsoBrowser browser = new SsoBrowser(port);

        browser.signIn("corp", subject, claims(subject, "[\"pwd\"]"));

        HttpResponse<String> page = browser.get("/audit");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(SsoBrowser.location(page)).endsWith("/account/two-factor");
    }

    private static String claims(String subject, String amr) {
        return "{\"name\":\"Ada Auditor\",\"preferred_username\":\"" + subject
                + "\",\"groups\":[\"corp-auditors\"],\"amr\":" + amr + "}";
    }

    private static String claims(String subject, String amr, String acr) {
        return claims(subject, amr).replaceFirst("}$", ",\"acr\":\"" + acr + "\"}");
    }
}
