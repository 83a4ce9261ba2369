package io.portalops.workflow;

import io.portalops.directory.PersonChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows every change of a person synchronously, in the transaction that changed them (ADR 011): a run exists if and
 * only if the change was saved, and a failure here rolls the person change back rather than losing the run.
 */
@Component
class PersonChangeFollower {

    private final RunPlanner planner;

    PersonChangeFollower(RunPlanner planner) {
        this.planner = planner;
    }

    @EventListener
    void on(PersonChanged change) {
        planner.follow(change.personId(), change.created());
    }
}
