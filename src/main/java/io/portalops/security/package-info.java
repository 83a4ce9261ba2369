/**
 * Accounts, roles, login (form and API tokens), throttling and the current user.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.security;
