package io.portalops.journey;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says, at the end of a run, how many browser journeys did not run and why. Without Chromium each journey class
 * aborts in its {@code @BeforeAll}, which surefire counts among "Skipped" next to every other skip, so a local
 * {@code ./mvnw verify} looked green while no journey ran. Registered for the JUnit Platform in
 * {@code META-INF/services}; prints nothing when every journey ran.
 */
public class SkippedJourneysSummary implements TestExecutionListener {

    private static final String PACKAGE = SkippedJourneysSummary.class.getPackageName() + ".";

    private TestPlan plan;
    private final Map<String, Long> skippedByClass = new TreeMap<>();
    private String reason;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            journeyClass(identifier).ifPresent(name -> {
                // a class aborted in @BeforeAll reports none of its tests: count them from the plan
                long tests = identifier.isTest()
                        ? 1
                        : plan.getDescendants(identifier).stream()
                                .filter(TestIdentifier::isTest)
                                .count();
                skippedByClass.merge(name, tests, Long::sum);
                if (reason == null) {
                    reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
                }
            });
        }
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier identifier, String why) {
        journeyClass(identifier).ifPresent(name -> {
            long tests = identifier.isTest()
                    ? 1
                    : plan.getDescendants(identifier).stream()
                            .filter(TestIdentifier::isTest)
                            .count();
            skippedByClass.merge(name, tests, Long::sum);
            if (reason == null) {
                reason = why;
            }
        });
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (skippedByClass.isEmpty()) {
            return;
        }
        long total = skippedByClass.values().stream().mapToLong(Long::longValue).sum();
        System.err.println(summary(total, skippedByClass, reason));
    }

    static String summary(long total, Map<String, Long> byClass, String reason) {
        StringBuilder text = new StringBuilder()
                .append("\n*** ")
                .append(total)
                .append(" browser journey test")
                .append(total == 1 ? "" : "s")
                .append(" in ")
                .append(byClass.size())
                .append(" class")
                .append(byClass.size() == 1 ? "" : "es")
                .append(" did NOT run: ")
                .append(reason)
                .append("\n*** Install Chromium (apt-get install chromium, or set CHROMIUM_PATH) to run them; ")
                .append("PORTALOPS_REQUIRE_BROWSER=true makes their absence fail the build, as in .ci/run.");
        byClass.forEach((name, tests) ->
                text.append("\n***   ").append(name).append(": ").append(tests));
        return text.append('\n').toString();
    }

    private static Optional<String> journeyClass(TestIdentifier identifier) {
        return identifier
                .getSource()
                .map(source -> source instanceof MethodSource method
                        ? method.getClassName()
                        : source instanceof ClassSource type ? type.getClassName() : null)
                .filter(name -> name.startsWith(PACKAGE)
                        && !name.substring(PACKAGE.length()).contains("."))
                .map(name -> name.substring(PACKAGE.length()));
    }
}
