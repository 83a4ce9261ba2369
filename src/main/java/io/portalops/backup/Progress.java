package io.portalops.backup;

import java.util.function.Consumer;

/** Progress of one phase in bytes, told in steps of ten percent so that a long copy shows it is alive without flooding the output. */
final class Progress {

    private final Consumer<String> out;
    private String phase = "";
    private long total;
    private long done;
    private int lastTenth = -1;

    Progress(Consumer<String> out) {
        this.out = out;
    }

    void say(String line) {
        out.accept(line);
    }

    void phase(String name, long totalBytes) {
        phase = name;
        total = totalBytes;
        done = 0;
        lastTenth = -1;
        advance(0);
    }

    void advance(long bytes) {
        done += bytes;
        int tenth = total <= 0 ? 10 : (int) Math.min(10, done * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out.accept(String.format(
                    "%s: %d %% (%s of %s)", phase, tenth * 10, megabytes(done), megabytes(Math.max(total, done))));
        }
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1_048_576.0);
    }
}
