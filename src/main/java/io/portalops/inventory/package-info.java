/**
 * SaaS services and their products: licence model, seats, cost, and the service and product admins. The scope rules
 * for everything SaaS (services, products, access grants, payments, tasks) are written once here, in
 * {@link io.portalops.inventory.SaasScopes}.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.inventory;
