package io.portalops.backup;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar portalops.jar backup --to DIR} and {@code restore --from DIR}, run before (and without) the
 * application: no web server, no schedules, no connection pool. The settings are read as the application reads them
 * (application.properties, profiles, environment variables, {@code --name=value} arguments), so the command finds the
 * same data directory. Exit codes: 0 done, 1 refused or failed (nothing changed, or the previous state put back),
 * 2 usage error.
 */
public final class BackupCommand {

    private static final String USAGE =
            "Usage: java -jar portalops.jar backup --to DIR | restore --from DIR [--name=value settings, "
                    + "e.g. --spring.profiles.active=demo --portalops.data-dir=./data]";

    private BackupCommand() {}

    public static boolean isRequested(String[] args) {
        return args.length >= 1 && ("backup".equals(args[0]) || "restore".equals(args[0]));
    }

    public static int run(String[] args) {
        // No Spring context configures logging here: keep the libraries' INFO/DEBUG lines out of the progress output.
        LoggingSystem logging = LoggingSystem.get(BackupCommand.class.getClassLoader());
        logging.beforeInitialize();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        String option = "backup".equals(command) ? "--to" : "--from";
        String directory = null;
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                directory = args[++i];
            } else if (args[i].startsWith(option + "=")) {
                directory = args[i].substring(option.length() + 1);
            } else if (args[i].startsWith("--") && args[i].contains("=")) {
                settings.add(args[i]);
            } else {
                err.println("Unknown argument " + args[i] + ". " + USAGE);
                return 2;
            }
        }
        if (directory == null || directory.isBlank()) {
            err.println("Name the directory with " + option + ". " + USAGE);
            return 2;
        }
        Path dir = Path.of(directory).toAbsolutePath().normalize();
        Clock clock = Clock.systemUTC();
        String action = "backup".equals(command) ? CliAuditTrail.BACKUP : CliAuditTrail.RESTORE;
        BackupSettings resolved;
        Environment environment;
        try {
            environment = environment(settings.toArray(String[]::new));
            resolved = BackupSettings.from(environment);
        } catch (RuntimeException e) {
            err.println("The " + command + " failed: " + rootMessage(e));
            return 1;
        }
        bucketNote(environment, command).ifPresent(out::println);
        try {
            Progress progress = new Progress(out::println);
            BackupManifest manifest;
            if ("backup".equals(command)) {
                manifest = new OnlineBackup(resolved, progress, clock).run(dir);
            } else {
                new Restore(resolved, progress, clock).run(dir);
                manifest = BackupManifest.read(dir);
            }
            leaveNote(resolved, clock, action, dir, "done", manifest, err);
            return 0;
        } catch (BackupException e) {
            err.println(e.getMessage());
            leaveNote(resolved, clock, action, dir, "refused: " + e.getMessage(), null, err);
            return 1;
        } catch (RuntimeException e) {
            err.println("The " + command + " failed: " + rootMessage(e));
            leaveNote(resolved, clock, action, dir, "failed: " + rootMessage(e), null, err);
            return 1;
        }
    }

    /**
     * With the S3 store (ADR 049) the uploads and exports are objects in a bucket, not files in the data directory: a
     * backup here holds the database and the anchors but not the bucket, and the run says so before it starts rather
     * than leaving the operator to find out at a restore (docs/ops/backup.md, "Files in an S3 bucket").
     */
    static Optional<String> bucketNote(Environment environment, String command) {
        if (!"s3"
                .equalsIgnoreCase(environment
                        .getProperty("portalops.storage.type", "directory")
                        .strip())) {
            return Optional.empty();
        }
        String bucket = environment.getProperty("portalops.storage.s3.bucket", "");
        return Optional.of("Note: files (attachments, invoices, exports) are kept in the S3 bucket '" + bucket
                + "' (portalops.storage.type=s3). This " + command + " covers the database and the audit anchors,"
                + " not the bucket: protect the bucket with its own versioning or replication (docs/ops/backup.md).");
    }

    /**
     * The run's note for the audit log (ADR 027): only for the embedded default, whose data directory the application
     * reads the notes from; the command refuses an external database before it changes anything.
     */
    private static void leaveNote(
            BackupSettings settings,
            Clock clock,
            String action,
            Path dir,
            String outcome,
            @Nullable BackupManifest manifest,
            PrintStream err) {
        if (!settings.embedded()) {
            return;
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("directory", dir.toString());
        details.put("outcome", outcome.length() > 500 ? outcome.substring(0, 500) : outcome);
        if (manifest != null) {
            details.put("backupCreatedAt", manifest.createdAt());
            details.put("schemaVersion", manifest.schemaVersion());
            details.put("files", Integer.toString(manifest.files().size()));
        }
        try {
            CliAuditTrail.note(settings, clock, action, details);
        } catch (UncheckedIOException e) {
            err.println("Warning: this run is not on the audit log: " + rootMessage(e));
        }
    }

    /** The application's configuration without the application: config data, profiles, environment variables, arguments. */
    static ConfigurableEnvironment environment(String[] settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings));
        RandomValuePropertySource.addToEnvironment(environment);
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return environment;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        @Nullable String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
