package io.portalops.shared.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The trace export switches on under either name of its endpoint, and stays off when neither is set. */
class OtlpEndpointAliasTest {

    static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new OtlpEndpointAlias().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void the_boot_3_name_sets_the_boot_4_endpoint() {
        assertThat(environment(Map.of(OtlpEndpointAlias.OLD, "http://collector:4318/v1/traces"))
                        .getProperty(OtlpEndpointAlias.NEW))
                .isEqualTo("http://collector:4318/v1/traces");
    }

    @Test
    void the_boot_4_name_wins_and_nothing_set_leaves_the_export_off() {
        assertThat(environment(Map.of(
                                OtlpEndpointAlias.OLD, "http://old:4318", OtlpEndpointAlias.NEW, "http://new:4318"))
                        .getProperty(OtlpEndpointAlias.NEW))
                .isEqualTo("http://new:4318");
        assertThat(environment(Map.of()).getProperty(OtlpEndpointAlias.NEW)).isNull();
        assertThat(environment(Map.of(OtlpEndpointAlias.OLD, " ")).getProperty(OtlpEndpointAlias.NEW))
                .isNull();
    }
}
