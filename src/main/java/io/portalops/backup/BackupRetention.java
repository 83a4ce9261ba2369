package io.portalops.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps the newest N complete backups the job wrote. Only directories named like the job's are touched; one without a
 * manifest that is older than the newest complete backup is the remains of a failed run and goes too.
 */
final class BackupRetention {

    static final String PREFIX = "portalops-backup-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "\\d{8}-\\d{6}");

    private BackupRetention() {}

    /** Deletes what is beyond {@code keep}; the number of directories deleted. */
    static int prune(Path directory, int keep) {
        List<Path> ours;
        try (Stream<Path> entries = Files.list(directory)) {
            ours = entries.filter(Files::isDirectory)
                    .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString())
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + directory, e);
        }
        int complete = 0;
        int deleted = 0;
        for (Path backup : ours) {
            boolean finished = Files.isRegularFile(backup.resolve(BackupManifest.FILE));
            boolean keepIt = finished ? ++complete <= keep : complete == 0;
            if (!keepIt) {
                try {
                    FileSystemUtils.deleteRecursively(backup);
                    deleted++;
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete the old backup " + backup, e);
                }
            }
        }
        return deleted;
    }
}
