package io.portalops.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ShedLock lock provider: a row per job in {@code shedlock}, timed by the database's clock so that app nodes whose
 * clocks disagree still agree on who holds a tick. Present even with schedules off, because "run now" locks too.
 */
@Configuration
class JobLocking {

    @Bean
    LockProvider lockProvider(DataSource dataSource, JobNode node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(node.name())
                .usingDbTime()
                .build());
    }
}
