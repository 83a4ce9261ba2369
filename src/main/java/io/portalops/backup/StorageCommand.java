package io.portalops.backup;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar portalops.jar storage migrate [--delete-source] [settings]}: copies the uploads and exports of the
 * directory store into the S3 bucket of {@code portalops.storage.s3.*} (ADR 049), as {@code audit verify} does its
 * check: the application starts with every schedule off and the web server only on a random local port, so the run
 * reads the same settings and goes on the audit log. Exit codes: 0 done, 1 some file failed its checksum, 2 usage
 * error, 3 the application or the bucket could not be reached.
 */
public final class StorageCommand {

    private static final String USAGE = "Usage: java -jar portalops.jar storage migrate [--delete-source] "
            + "[--portalops.storage.s3.endpoint=... --portalops.storage.s3.bucket=... and the other settings]";

    private StorageCommand() {}

    public static boolean isRequested(String[] args) {
        return args.length >= 1 && "storage".equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !"migrate".equals(args[1])) {
            err.println(USAGE);
            return 2;
        }
        boolean deleteSource = Arrays.asList(args).contains("--delete-source");
        String[] settings = Stream.concat(
                        Stream.of(
                                "--portalops.scheduling.enabled=false",
                                "--server.port=0",
                                "--server.address=127.0.0.1",
                                "--spring.main.banner-mode=off"),
                        Arrays.stream(args, 2, args.length).filter(a -> !a.equals("--delete-source")))
                .toArray(String[]::new);
        for (String setting : settings) {
            if (!setting.startsWith("--") || !setting.contains("=")) {
                err.println("Unknown argument " + setting + ". " + USAGE);
                return 2;
            }
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplication(application).run(settings);
        } catch (RuntimeException e) {
            err.println("Nothing was copied, the application did not start: " + rootMessage(e));
            return 3;
        }
        try (context) {
            StorageMigration.Result result =
                    context.getBean(StorageMigration.class).run(deleteSource, out::println);
            return result.failed() == 0 ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("The migration stopped: " + rootMessage(e) + ". Run it again: what was copied is skipped.");
            return 3;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
