/**
 * The directory: people (employees, most of whom cannot log in) and their access grants to products. Who may see and
 * change a grant is decided by {@link io.portalops.inventory.SaasScope}, the same for the UI and the API.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.directory;
