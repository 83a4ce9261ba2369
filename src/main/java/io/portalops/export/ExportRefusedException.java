package io.portalops.export;

import org.springframework.security.access.AccessDeniedException;

/** The caller holds none of the roles that may export a grid. */
public class ExportRefusedException extends AccessDeniedException {

    public ExportRefusedException(String title) {
        super("You may not export " + title + ".");
    }
}
