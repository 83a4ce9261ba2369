package io.portalops.security;

import io.portalops.jobs.ScheduledJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Closes the failed-sign-in audit windows and forgets quiet client addresses (ADR 018). */
@Component
class LoginFailuresJob implements ScheduledJob {

    private final FailedSignInAudit audit;
    private final LoginThrottle throttle;

    LoginFailuresJob(FailedSignInAudit audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @Override
    public String name() {
        return "login-failures";
    }

    @Override
    public String title() {
        return "Audit failed sign-ins";
    }

    @Override
    public String description() {
        return "Writes one audit row per account or typed name with the count of failed sign-ins of each closed window, "
                + "and forgets client addresses that stopped failing.";
    }

    @Override
    public String defaultCron() {
        return "0 */5 * * * *";
    }

    @Override
    public Duration lockAtLeastFor() {
        return Duration.ofSeconds(20);
    }

    @Override
    public String execute(Clock clock) {
        Instant now = clock.instant();
        int audited = audit.closeWindows(now);
        int forgotten = throttle.forgetQuietAddresses(now);
        return "Audited " + audited + " closed windows, forgot " + forgotten + " addresses";
    }
}
