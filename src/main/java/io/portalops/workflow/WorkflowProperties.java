package io.portalops.workflow;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Onboarding and offboarding workflows (ADR 011).
 *
 * @param onboardingLeadDays days before a person's start date that their onboarding tasks fall due
 */
@Validated
@ConfigurationProperties("portalops.workflow")
record WorkflowProperties(@DefaultValue("3") @PositiveOrZero int onboardingLeadDays) {}
