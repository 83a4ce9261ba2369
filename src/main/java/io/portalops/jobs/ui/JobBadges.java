package io.portalops.jobs.ui;

import com.vaadin.flow.component.html.Span;
import io.portalops.jobs.JobOutcome;
import io.portalops.shared.ui.Badge;

final class JobBadges {

    private JobBadges() {}

    static Span outcome(JobOutcome outcome) {
        return Badge.of(
                outcome.label(),
                switch (outcome) {
                    case SUCCEEDED -> "success";
                    case FAILED -> "error";
                    case LOCKED -> "contrast";
                    case RUNNING -> "";
                });
    }

    static Span off() {
        return Badge.of("Off", "contrast");
    }
}
