package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** A clock and a scheduler moved by hand: a task runs when time is advanced past its due time. */
    static final class ManualTime implements Throttle.Scheduler {
        long now = 1_000 * SECOND;
        final List<long[]> due = new ArrayList<>();
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void schedule(Runnable task, long delayNanos) {
            due.add(new long[] {now + delayNanos, tasks.size()});
            tasks.add(task);
        }

        void advance(long nanos) {
            long until = now + nanos;
            while (true) {
                long[] next = due.stream()
                        .filter(d -> d[0] <= until)
                        .min(Comparator.comparingLong(d -> d[0]))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                due.remove(next);
                now = next[0];
                tasks.get((int) next[1]).run();
            }
            now = until;
        }

        int waiting() {
            return due.size();
        }
    }

    final ManualTime time = new ManualTime();
    final List<Long> runs = new ArrayList<>();
    final Throttle throttle = new Throttle(SECOND, () -> time.now, time, () -> runs.add(time.now));

    @Test
    void the_first_signal_runs_at_once() {
        throttle.signal();
        time.advance(0);
        assertThat(runs).containsExactly(time.now);
    }

    @Test
    void a_flood_of_signals_runs_the_action_once_per_interval() {
        long start = time.now;
        for (int i = 0; i < 20_000; i++) {
            throttle.signal();
            time.advance(SECOND / 4_000);
        }
        time.advance(2 * SECOND);

        assertThat(runs).as("5 s of signals, one run per second").hasSize(6);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i) - runs.get(i - 1)).isGreaterThanOrEqualTo(SECOND);
        }
        assertThat(runs.getFirst()).isEqualTo(start);
        assertThat(time.waiting()).isZero();
    }

    @Test
    void signals_while_a_run_is_scheduled_join_it() {
        throttle.signal();
        time.advance(0);
        time.advance(SECOND / 10);
        throttle.signal();
        throttle.signal();
        throttle.signal();

        assertThat(time.waiting()).isEqualTo(1);
        time.advance(SECOND);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1) - runs.get(0)).isEqualTo(SECOND);
    }

    @Test
    void a_signal_after_a_quiet_interval_runs_at_once() {
        throttle.signal();
        time.advance(5 * SECOND);
        throttle.signal();
        time.advance(0);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1) - runs.get(0)).isEqualTo(5 * SECOND);
    }

    @Test
    void a_signal_during_a_run_is_not_lost() {
        List<Long> nested = new ArrayList<>();
        Throttle[] self = new Throttle[1];
        self[0] = new Throttle(SECOND, () -> time.now, time, () -> {
            nested.add(time.now);
            if (nested.size() == 1) {
                self[0].signal();
            }
        });
        self[0].signal();
        time.advance(0);
        assertThat(nested).hasSize(1);
        time.advance(SECOND);
        assertThat(nested).hasSize(2);
    }

    @Test
    void a_failing_action_does_not_stop_later_runs() {
        int[] calls = new int[1];
        Throttle failing = new Throttle(SECOND, () -> time.now, time, () -> {
            calls[0]++;
            throw new IllegalStateException("boom");
        });
        failing.signal();
        time.advance(0);
        failing.signal();
        time.advance(SECOND);
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void a_cancelled_throttle_runs_nothing_more() {
        throttle.signal();
        time.advance(0);
        throttle.signal();
        throttle.cancel();
        time.advance(SECOND);
        throttle.signal();
        time.advance(SECOND);
        assertThat(runs).hasSize(1);
    }
}
