package io.portalops.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Password sign-ins as meters (docs/ops/observability.md): {@code portalops_sign_ins_total} by outcome (succeeded,
 * failed, throttled) and {@code portalops_sign_in_lockouts_total} by scope (an account, or a client address). No
 * user name or address is a tag: those would be personal data and unbounded.
 */
@Component
class SignInMetrics {

    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;
    private final Counter accountLockouts;
    private final Counter addressLockouts;

    SignInMetrics(MeterRegistry meters) {
        succeeded = signIns(meters, "succeeded");
        failed = signIns(meters, "failed");
        throttled = signIns(meters, "throttled");
        accountLockouts = lockouts(meters, "account");
        addressLockouts = lockouts(meters, "address");
    }

    private static Counter signIns(MeterRegistry meters, String outcome) {
        return Counter.builder("portalops.sign.ins")
                .description("Password sign-ins, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    private static Counter lockouts(MeterRegistry meters, String scope) {
        return Counter.builder("portalops.sign.in.lockouts")
                .description("Sign-in waits started, by what waits")
                .tag("scope", scope)
                .register(meters);
    }

    void succeeded() {
        succeeded.increment();
    }

    void failed() {
        failed.increment();
    }

    void throttled() {
        throttled.increment();
    }

    void accountLocked() {
        accountLockouts.increment();
    }

    void addressLocked() {
        addressLockouts.increment();
    }
}
