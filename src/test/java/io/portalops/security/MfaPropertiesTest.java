package io.portalops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The policy's defaults bind whether the key is absent, empty or set: the demo sets nothing and must start. */
class MfaPropertiesTest {

    private static MfaProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("portalops.security.mfa", MfaProperties.class);
    }

    @Test
    void without_the_key_no_role_requires_a_second_factor() {
        assertThat(bind(Map.of()).requiredRoles()).isEmpty();
    }

    @Test
    void an_empty_value_means_no_role_too() {
        assertThat(bind(Map.of("portalops.security.mfa.required-roles", "")).requiredRoles())
                .isEmpty();
    }

    @Test
    void listed_roles_are_required() {
        assertThat(bind(Map.of("portalops.security.mfa.required-roles", "ADMIN,AUDITOR"))
                        .requiredRoles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
    }
}
