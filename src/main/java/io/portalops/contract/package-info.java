/**
 * Contracts: the lifecycle state machine, four-eyes approvals with limits and two levels, comments with mentions,
 * flags and attachments. Every action is published as a {@link io.portalops.contract.ContractEvent}.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.contract;
