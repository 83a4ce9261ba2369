package io.portalops.shared.demo;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The size of the demo data (profile {@code demo}), seeded only into empty tables.
 *
 * @param customers            customers to create
 * @param people               people in the directory
 * @param contractsPerCustomer contracts per customer, on average
 * @param events               usage events after the demo contracts
 */
@Validated
@ConfigurationProperties("portalops.demo")
public record DemoProperties(
        @DefaultValue("500") @PositiveOrZero int customers,
        @DefaultValue("5000") @PositiveOrZero int people,
        @DefaultValue("3") @PositiveOrZero double contractsPerCustomer,
        @DefaultValue("20000") @PositiveOrZero long events) {}
