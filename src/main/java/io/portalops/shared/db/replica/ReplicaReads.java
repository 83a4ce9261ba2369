package io.portalops.shared.db.replica;

import java.util.function.Supplier;

/**
 * Marks the current thread's read-only transactions as allowed on the replica ({@link ReadsFromReplica} does it around
 * a service call; {@link #call} around a piece of code, such as an export's row stream). Without a configured replica,
 * or in a read-write transaction, the mark changes nothing.
 */
public final class ReplicaReads {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private ReplicaReads() {}

    public static <T> T call(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            if (outer) {
                ACTIVE.set(true);
            } else {
                ACTIVE.remove();
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static boolean active() {
        return ACTIVE.get();
    }
}
