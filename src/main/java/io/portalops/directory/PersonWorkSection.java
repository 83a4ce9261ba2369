package io.portalops.directory;

import com.vaadin.flow.component.Component;

/**
 * A person's onboarding and offboarding, shown by the person page as a tab. The workflow module implements it; the
 * directory only places it, so that the directory does not depend on the workflow. The component applies the caller's
 * scope itself.
 */
public interface PersonWorkSection {

    String title();

    Component create(long personId);
}
