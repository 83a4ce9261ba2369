/**
 * The dashboard: role-aware figures and charts that drill down into the grids. Numbers come from the owning modules'
 * rollup views ({@code ContractFigures}, {@code EventFigures}, {@code PaymentFigures}, {@code WorkflowFigures}), which
 * {@link io.portalops.dashboard.DashboardRefreshJob} rebuilds; SaaS seat counts are kept on write by the inventory.
 * Nothing depends on this module (ADR 016).
 */
@org.jspecify.annotations.NullMarked
package io.portalops.dashboard;
