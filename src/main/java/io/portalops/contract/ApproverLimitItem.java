package io.portalops.contract;

import java.math.BigDecimal;

/** An approver and their approval limit in the base currency; {@code usesDefault} when none was set. */
public record ApproverLimitItem(
        long accountId, String username, String displayName, BigDecimal limit, boolean usesDefault) {}
