package io.portalops.workflow;

import java.time.LocalDate;

/**
 * A revoke task asked for by another module.
 *
 * @param reference what the task is for, e.g. {@code access-review-item:42}: letters, digits, {@code - _ :}, unique
 *     among tasks; {@link TaskClosed} names it again
 */
public record RevokeTaskRequest(
        long personId, String personName, long productId, long grantId, LocalDate dueDate, String reference) {

    public RevokeTaskRequest {
        if (reference == null || !reference.matches("[a-z][a-z0-9_:-]{0,79}")) {
            throw new IllegalArgumentException(
                    "A task reference is lower case, e.g. access-review-item:42: " + reference);
        }
    }
}
