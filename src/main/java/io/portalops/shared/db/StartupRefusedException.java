package io.portalops.shared.db;

/**
 * The configuration cannot be run as it stands. Its message is one line that names what to set; the
 * {@link StartupRefusedFailureAnalyzer} prints it without a stack trace.
 */
public class StartupRefusedException extends RuntimeException {

    public StartupRefusedException(String message) {
        super(message, null, false, false);
    }
}
