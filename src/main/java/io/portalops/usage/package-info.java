/**
 * The seat-reclaim loop (ADR 040): per product, which seats are used, idle or never used (from the directory's last
 * use, which usage events and sign-in imports feed), the reclaim of idle seats as workflow revoke tasks with the money
 * they save, the weekly job that proposes reclaims, the per-product thresholds that alert the admins, and the
 * dashboard's figures of money in idle seats and reclaimed this quarter.
 *
 * <p>Public API: {@link io.portalops.usage.ProductUsage} (scoped: a product outside the caller's scope is not found),
 * {@link io.portalops.usage.UsageFigures} (the dashboard's figures, in the caller's scope), and their records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Usage")
@org.jspecify.annotations.NullMarked
package io.portalops.usage;
