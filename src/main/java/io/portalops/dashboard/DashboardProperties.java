package io.portalops.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard (ADR 016).
 *
 * @param refreshOnStart whether the rollups are refreshed in the background once the app has started
 */
@ConfigurationProperties("portalops.dashboard")
record DashboardProperties(@DefaultValue("true") boolean refreshOnStart) {}
