package io.portalops.shared.ops;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Operators (and the runbook of issue #20) know the trace endpoint by its Spring Boot 3 name,
 * {@code management.otlp.tracing.endpoint}; Boot 4 reads only
 * {@code management.opentelemetry.tracing.export.otlp.endpoint}. When only the old name is set, it is copied to the
 * new one, so either switches the export on. Neither set: no exporter, nothing leaves the process, nothing is logged.
 */
public class OtlpEndpointAlias implements EnvironmentPostProcessor {

    static final String OLD = "management.otlp.tracing.endpoint";
    static final String NEW = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String old = environment.getProperty(OLD);
        if (old != null && !old.isBlank() && environment.getProperty(NEW) == null) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("portalops-otlp-alias", Map.of(NEW, old.strip())));
        }
    }
}
