package io.portalops.shared.db.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The read-replica routing (ADR 050): the mark ({@link ReadsFromReplica}) here, the DataSource wrapping in
 * {@link ReadReplicaAutoConfiguration}. With {@code portalops.datasource.read-only.url} set, the application's DataSource
 * becomes a {@code LazyConnectionDataSourceProxy} over the primary whose read-only DataSource is
 * {@link ReplicaRoutingDataSource}: JPA, JdbcTemplate, Flyway and ShedLock still see one DataSource, read-write work
 * always gets the primary, and only marked read-only transactions reach the replica. Without the URL
 * nothing is wrapped and the {@link ReadsFromReplica} mark has no effect.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaConfiguration {

    /** Sets the mark before the transaction interceptor runs, so the transaction's first statement sees it. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readsFromReplicaAdvisor() {
        ComposablePointcut pointcut = new ComposablePointcut(
                        new AnnotationMatchingPointcut(ReadsFromReplica.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(ReadsFromReplica.class));
        MethodInterceptor interceptor = invocation -> {
            if (ReplicaReads.active()) {
                return invocation.proceed();
            }
            try {
                return ReplicaReads.call(() -> {
                    try {
                        return invocation.proceed();
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new CheckedFailure(e);
                    }
                });
            } catch (CheckedFailure e) {
                throw Objects.requireNonNull(e.getCause());
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, interceptor);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Throwable cause) {
            super(cause);
        }
    }

    /** Wraps the application's DataSource bean once, and closes the replica's pool with the context. */
    static final class Routing implements BeanPostProcessor, DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(Routing.class);
        private final ReadReplicaProperties properties;
        private @Nullable HikariDataSource replica;

        Routing(ReadReplicaProperties properties) {
            this.properties = properties;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!properties.configured() || !"dataSource".equals(beanName) || !(bean instanceof DataSource primary)) {
                return bean;
            }
            HikariDataSource pool = new HikariDataSource(); // connects lazily: the replica may start after the app
            pool.setPoolName("replica");
            pool.setJdbcUrl(properties.url());
            pool.setUsername(properties.username());
            pool.setPassword(properties.password());
            pool.setReadOnly(true);
            pool.setMaximumPoolSize(properties.maximumPoolSize());
            replica = pool;
            log.info("Reads of the event log, exports and the dashboard go to the replica {}", properties.url());
            LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
            routing.setReadOnlyDataSource(new ReplicaRoutingDataSource(primary, pool));
            return routing;
        }

        @Override
        public void destroy() {
            if (replica != null) {
                replica.close();
            }
        }
    }
}
