package io.portalops.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar portalops.jar audit verify [--spring.datasource.url=…]}: checks the audit chain with every schedule
 * off and the web server only on a random local port, prints the result and exits 0 when intact, 1 when broken, 2 on a usage error,
 * 3 when the application cannot start (the chain was not read).
 */
public final class AuditCommand {

    private AuditCommand() {}

    public static boolean isRequested(String[] args) {
        return args.length >= 1 && "audit".equals(args[0]);
    }

    /** Starts {@code application} with schedules off (on a random local port) and checks the chain; the exit code. */
    public static int run(Class<?> application, String[] args) {
        if (args.length < 2 || !"verify".equals(args[1])) {
            System.err.println(
                    "Usage: java -jar portalops.jar audit verify [--spring.datasource.url=... and the other settings]");
            return 2;
        }
        String[] settings = Stream.concat(
                        Stream.of(
                                "--portalops.scheduling.enabled=false",
                                "--server.port=0",
                                "--server.address=127.0.0.1",
                                "--spring.main.banner-mode=off"),
                        Arrays.stream(args, 2, args.length))
                .toArray(String[]::new);
        SpringApplication spring = new SpringApplication(application);
        // The web security configuration needs a servlet context, so the check starts one, on a random local port
        // nobody is told about, and with every schedule off.
        ConfigurableApplicationContext context;
        try {
            context = spring.run(settings);
        } catch (RuntimeException e) {
            // not "broken" (1): the chain was never read, e.g. the database is down or the embedded one is in use
            System.err.println("The audit log could not be checked, the application did not start: " + rootMessage(e));
            return 3;
        }
        try (context) {
            return verify(context.getBean(AuditVerifier.class), System.out);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Runs the check and prints its progress and result; the exit code. */
    static int verify(AuditVerifier verifier, PrintStream out) {
        AuditVerification result = verifier.verify(checked -> out.println("checked " + checked + " entries"));
        out.println(result.summary());
        return result.intact() ? 0 : 1;
    }
}
