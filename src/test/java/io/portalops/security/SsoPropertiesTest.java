package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The SSO configuration records and the group mapping, without a context. */
class SsoPropertiesTest {

    private static OidcProperties.Provider provider(Map<String, Role> mapping) {
        return new OidcProperties.Provider(
                URI.create("https://idp.example/"), "client", "secret", null, null, null, mapping, false, null, null);
    }

    @Test
    void a_provider_gets_the_default_scopes_groups_claim_audience_and_an_issuer_without_its_trailing_slash() {
        OidcProperties.Provider provider = provider(null);
        assertThat(provider.scopes()).containsExactly("openid", "profile", "email");
        assertThat(provider.groupsClaim()).isEqualTo("groups");
        assertThat(provider.apiAudienceOrClientId()).isEqualTo("client");
        assertThat(provider.issuer()).isEqualTo("https://idp.example");
        assertThat(provider.displayNameOr("corp")).isEqualTo("corp");
    }

    @Test
    void scopes_without_openid_are_refused_at_binding() {
        var source = new MapConfigurationPropertySource(Map.of(
                "portalops.security.oidc.providers.corp.issuer-uri", "https://idp.example",
                "portalops.security.oidc.providers.corp.client-id", "c",
                "portalops.security.oidc.providers.corp.scopes", "profile,email"));
        assertThatThrownBy(() -> new Binder(source).bind("portalops.security.oidc", OidcProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("must include openid");
    }

    @Test
    void an_issuer_longer_than_its_column_is_refused_at_binding() {
        String issuer = "https://idp.example/realms/" + "x".repeat(SsoSignIn.MAX_ISSUER);
        var source = new MapConfigurationPropertySource(Map.of(
                "portalops.security.oidc.providers.corp.issuer-uri",
                issuer,
                "portalops.security.oidc.providers.corp.client-id",
                "c"));
        assertThatThrownBy(() -> new Binder(source).bind("portalops.security.oidc", OidcProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("at most " + SsoSignIn.MAX_ISSUER + " characters");

        String longest = "https://idp.example/" + "x".repeat(SsoSignIn.MAX_ISSUER - "https://idp.example/".length());
        var fits = new MapConfigurationPropertySource(Map.of(
                "portalops.security.oidc.providers.corp.issuer-uri",
                longest,
                "portalops.security.oidc.providers.corp.client-id",
                "c"));
        assertThat(new Binder(fits)
                        .bind("portalops.security.oidc", OidcProperties.class)
                        .get()
                        .providers()
                        .get("corp")
                        .issuer())
                .hasSize(SsoSignIn.MAX_ISSUER);
    }

    @Test
    void a_group_name_with_spaces_and_slashes_binds_in_brackets_and_an_unknown_role_is_refused() {
        var good = new MapConfigurationPropertySource(Map.of(
                "portalops.security.oidc.providers.kc.issuer-uri", "https://kc.example/realms/x",
                "portalops.security.oidc.providers.kc.client-id", "c",
                "portalops.security.oidc.providers.kc.role-mapping.[/PortalOps Admins]", "ADMIN"));
        OidcProperties bound = new Binder(good)
                .bind("portalops.security.oidc", OidcProperties.class)
                .get();
        assertThat(bound.providers().get("kc").roleMapping()).containsEntry("/PortalOps Admins", Role.ADMIN);

        var bad = new MapConfigurationPropertySource(Map.of(
                "portalops.security.oidc.providers.kc.issuer-uri", "https://kc.example/realms/x",
                "portalops.security.oidc.providers.kc.client-id", "c",
                "portalops.security.oidc.providers.kc.role-mapping.admins", "SUPERUSER"));
        assertThatThrownBy(() -> new Binder(bad).bind("portalops.security.oidc", OidcProperties.class))
                .isInstanceOf(BindException.class);
    }

    @Test
    void only_mapped_groups_give_roles_whatever_shape_the_claim_has() {
        OidcProperties.Provider provider = provider(Map.of("ops-admins", Role.ADMIN, "ops-analysts", Role.ANALYST));
        assertThat(SsoSignIn.mappedRoles(provider, List.of("ops-analysts", "sales", 42)))
                .containsExactly(Role.ANALYST);
        assertThat(SsoSignIn.mappedRoles(provider, "ops-admins")).containsExactly(Role.ADMIN);
        assertThat(SsoSignIn.mappedRoles(provider, List.of("OPS-ADMINS", "ops-admins ")))
                .as("exact names only")
                .isEmpty();
        assertThat(SsoSignIn.mappedRoles(provider, Map.of("ops-admins", true))).isEmpty();
        assertThat(SsoSignIn.mappedRoles(provider, null)).isEmpty();
    }

    @Test
    void with_passwords_switched_off_only_the_break_glass_account_may_use_one() {
        PasswordLoginProperties off = new PasswordLoginProperties(false, " Admin ");
        assertThat(off.allows("admin")).isTrue();
        assertThat(off.allows("ADMIN")).isTrue();
        assertThat(off.allows("analyst")).isFalse();
        assertThat(off.allows("admin2")).isFalse();
        assertThat(off.formShown()).isTrue();
        assertThat(new PasswordLoginProperties(false, null).formShown()).isFalse();
        assertThat(new PasswordLoginProperties(false, null).allows("admin")).isFalse();
        assertThat(new PasswordLoginProperties(true, null).allows("anyone")).isTrue();
    }
}
