/**
 * Onboarding and offboarding: access profiles (the products a department or title gets), the runs that follow a
 * person's start and end, and their tasks. Who may see and work a task is the product's
 * {@link io.portalops.inventory.SaasScope}; granting and revoking go through the directory's
 * {@link io.portalops.directory.AccessGrantService}.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.workflow;
