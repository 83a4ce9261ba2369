package io.portalops.directory.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A person's onboarding and offboarding, shown by the person page as a tab. The workflow module implements it; the
 * directory only places it, so that the directory does not depend on the workflow. The component applies the caller's
 * scope itself.
 */
@NamedInterface("person-work-section")
public interface PersonWorkSection {

    String title();

    Component create(long personId);
}
