package io.portalops.shared.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How far the demo data is (docs/benchmarks.md, cold start). The demo's data runners ({@code *DemoData}) run after the
 * web server has started, so a visitor can reach the login page while they fill the tables; the login page and the
 * dashboard then say "Demo data is being generated, N %" instead of showing empty grids. N is the share of runners
 * finished. Outside the demo nothing is expected and seeding counts as done.
 */
@Component
public class DemoSeeding {

    /** One look at the seeding: whether it is still going, and how far. */
    public record Progress(boolean running, int percent) {

        public String message() {
            return "Demo data is being generated, " + percent
                    + " %. Grids fill as it goes; this message goes away when it is done.";
        }
    }

    private final Map<String, Boolean> finished = new LinkedHashMap<>();

    /** A runner that will fill demo data; called once per runner when the application context is built. */
    public synchronized void expect(String runner) {
        finished.putIfAbsent(runner, false);
    }

    public synchronized void finish(String runner) {
        finished.put(runner, true);
    }

    /** The runners expected, in the order they were created. */
    public synchronized List<String> runners() {
        return List.copyOf(finished.keySet());
    }

    public synchronized Progress progress() {
        long done = finished.values().stream().filter(Boolean::booleanValue).count();
        if (done == finished.size()) {
            return new Progress(false, 100);
        }
        return new Progress(true, (int) (100 * done / finished.size()));
    }
}
