package io.portalops.dashboard;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes the figures once the app is up (after the demo data), in the background, so the first dashboard does not
 * wait for the first scheduled tick.
 */
@Component
class DashboardStartup {

    private static final Logger log = LoggerFactory.getLogger(DashboardStartup.class);

    private final DashboardRefreshJob job;
    private final Clock clock;
    private final boolean enabled;

    DashboardStartup(DashboardRefreshJob job, Clock clock, DashboardProperties properties) {
        this.job = job;
        this.clock = clock;
        this.enabled = properties.refreshOnStart();
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        if (!enabled) {
            return;
        }
        Thread.ofVirtual().name("dashboard-refresh-on-start").start(() -> {
            try {
                job.execute(clock);
            } catch (RuntimeException e) {
                log.warn("Could not refresh the dashboard figures at start; the next scheduled refresh tries again", e);
            }
        });
    }
}
