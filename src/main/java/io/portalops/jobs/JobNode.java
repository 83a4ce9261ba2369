package io.portalops.jobs;

import java.lang.management.ManagementFactory;
import net.javacrumbs.shedlock.support.Utils;
import org.springframework.stereotype.Component;

/**
 * The name this app instance writes as ShedLock's lock holder and into its job runs, so that the Jobs screen can say
 * which node holds a lock. Defaults to host name and process id; {@code portalops.jobs.node-name} sets it.
 */
@Component
class JobNode {

    private final String name;

    JobNode(JobProperties properties) {
        String configured = properties.nodeName();
        this.name = configured.isBlank()
                ? Utils.getHostname() + ":"
                        + ManagementFactory.getRuntimeMXBean().getPid()
                : configured;
    }

    public String name() {
        return name;
    }
}
