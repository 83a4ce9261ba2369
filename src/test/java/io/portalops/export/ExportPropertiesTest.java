package io.portalops.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.shared.PortalOpsProperties;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Bad configuration stops the start with a message that names the key; unset keys keep their documented defaults. */
class ExportPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ExportProperties.class, PortalOpsProperties.class})
    static class Properties {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Properties.class);

    @Test
    void a_negative_thread_count_stops_the_start_and_names_the_key() {
        runner.withPropertyValues("portalops.export.threads=-1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContainingAll("portalops.export.threads", "must be greater than 0");
        });
    }

    @Test
    void a_zero_link_lifetime_stops_the_start_and_names_the_key() {
        runner.withPropertyValues("portalops.export.link-ttl=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("portalops.export.link-ttl");
        });
    }

    @Test
    void a_currency_that_is_no_iso_code_stops_the_start() {
        runner.withPropertyValues("portalops.currencies=EUR,euro").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContainingAll("portalops.currencies", "must be an ISO 4217 code");
        });
    }

    @Test
    void unset_keys_keep_their_defaults_and_the_export_directory_follows_the_data_directory() {
        runner.withPropertyValues("portalops.data-dir=/srv/portalops").run(context -> {
            ExportProperties export = context.getBean(ExportProperties.class);
            assertThat(export.threads()).isEqualTo(2);
            assertThat(export.backgroundThreshold()).isEqualTo(10_000);
            assertThat(export.linkTtl()).isEqualTo(Duration.ofHours(24));
            assertThat(export.maxRunning()).isEqualTo(Duration.ofHours(6));
            assertThat(context.getBean(PortalOpsProperties.class).dataPath(export.dir(), "exports"))
                    .isEqualTo(Path.of("/srv/portalops/exports"));
        });
    }
}
