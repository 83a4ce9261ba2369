package io.portalops.audit;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Anchors once at start, after the demo data: the verifier refuses a newest anchor older than its maximum age, and an
 * application that was stopped for a weekend has not failed. Off with the schedules (the {@code audit verify} command
 * must not write an anchor for the state it is about to check).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "portalops.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AuditAnchorStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchorStartup.class);

    private final AuditAnchorJob job;
    private final Clock clock;

    AuditAnchorStartup(AuditAnchorJob job, Clock clock) {
        this.job = job;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            job.execute(clock);
        } catch (RuntimeException e) {
            // an unreachable second sink must not keep the application down; the hourly job reports it on Admin → Jobs
            log.error("The audit anchor at start failed: {}", e.getMessage());
        }
    }
}
