/**
 * Access-review campaigns (ADR 039): an ADMIN or a service admin starts one for some services, some products or
 * everything they administer; the campaign snapshots every active grant in scope, the products' reviewers decide keep
 * or revoke per item, and every revoke becomes a workflow task ({@link io.portalops.workflow.AccessReviewTasks}) whose
 * closing is told back ({@link io.portalops.workflow.TaskClosed}). A campaign completes when every item is decided
 * and every revoke task is done or skipped.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.review;
