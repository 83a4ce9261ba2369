package io.portalops.audit;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar portalops.jar audit verify [--spring.datasource.url=…]}: checks the audit chain without starting
 * the web server or any schedule, prints the result and exits 0 when intact, 1 when broken, 2 on a usage error.
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    public static boolean isRequested(String[] args) {
        return args.length >= 1 && "audit".equals(args[0]);
    }

    /** Starts {@code application} without web server or schedules and checks the chain; returns the exit code. */
    public static int run(Class<?> application, String[] args) {
        if (args.length < 2 || !"verify".equals(args[1])) {
            System.err.println("Usage: java -jar portalops.jar audit verify [--spring.datasource.url=... and the other settings]");
            return 2;
        }
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setDefaultProperties(java.util.Map.of("portalops.scheduling.enabled", "false", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = spring.run(settings)) {
            return verify(context.getBean(AuditVerifier.class), System.out);
        }
    }

    /** Runs the check and prints its progress and result; the exit code. */
    static int verify(AuditVerifier verifier, PrintStream out) {
        AuditVerification result = verifier.verify(checked -> out.println("checked " + checked + " entries"));
        out.println(result.summary());
        return result.intact() ? 0 : 1;
    }
}
