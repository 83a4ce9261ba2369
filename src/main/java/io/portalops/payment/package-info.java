/**
 * The payment register: per product, a billing record (cycle, amount, renewal and the cancellation deadline its notice
 * period gives, purchase order, and how it is paid: a card's brand, last 4 digits, holder and expiry, or invoice /
 * bank transfer) with its invoices. Scope comes from {@link io.portalops.inventory.SaasScopes}; a full card number is
 * refused in every text field ({@link io.portalops.payment.CardNumbers}); see ADR 009 for the card data.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.payment;
