package io.portalops.shared.fanout;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Picks the transport of {@code portalops.fanout.transport}; a Kafka one would be a third bean here. */
@Configuration(proxyBeanMethods = false)
class FanoutConfiguration {

    @Bean
    @ConditionalOnProperty(name = "portalops.fanout.transport", havingValue = "postgres", matchIfMissing = true)
    PostgresFanout postgresFanout(
            JdbcTemplate jdbc, DataSourceProperties dataSource, FanoutProperties properties, MeterRegistry meters) {
        return new PostgresFanout(
                jdbc,
                new PostgresFanout.Target(
                        dataSource.determineUrl(), dataSource.determineUsername(), dataSource.determinePassword()),
                properties,
                meters);
    }

    @Bean
    @ConditionalOnProperty(name = "portalops.fanout.transport", havingValue = "none")
    Fanout noFanout() {
        return new NoFanout();
    }
}
