package io.portalops.shared.db.replica;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers the DataSource wrapping of the read-replica routing after datasource-micrometer's, so the lazy routing
 * proxy is the outermost layer: the observation proxy reads each connection's metadata as soon as it is handed out,
 * which would fetch the real connection, and choose primary or replica, before the transaction is known to be
 * read-only. An auto-configuration, because only their order can be declared relative to another library's.
 */
@AutoConfiguration(afterName = "net.ttddyy.observation.boot.autoconfigure.DataSourceObservationAutoConfiguration")
public class ReadReplicaAutoConfiguration {

    @Bean
    static BeanPostProcessor readReplicaRouting(Environment environment) {
        return new ReadReplicaConfiguration.Routing(
                Binder.get(environment).bindOrCreate("portalops.datasource.read-only", ReadReplicaProperties.class));
    }
}
