package io.portalops.inventory;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who manages a service, for jobs that run without a user (reminders): no scope applies, views never use it. */
@Component
public class SaasAdmins {

    private final SaasServiceRepository services;

    SaasAdmins(SaasServiceRepository services) {
        this.services = services;
    }

    @Transactional(readOnly = true)
    public Set<Long> ofServiceUnscoped(long serviceId) {
        return Set.copyOf(services.adminsOf(serviceId));
    }
}
