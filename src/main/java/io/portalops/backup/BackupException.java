package io.portalops.backup;

/** A backup or restore refused or failed, with the one line the operator reads. Nothing was changed when it is thrown before the restore began. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
