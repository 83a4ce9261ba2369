package io.portalops.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict binding for the whole API (ADR 019). The feature switches are in application.properties
 * ({@code spring.jackson.*}: unknown fields, null for primitives, floats as ints, trailing tokens, scalar coercion);
 * here are what properties cannot say: no number, boolean or string is coerced into another kind (a decimal
 * amount included), an empty string is not a null, and every string is checked for characters that
 * cannot be stored.
 */
@Configuration
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonBinding() {
        // No exception for decimal amounts: a JSON number reaches a BigDecimal from its text, digit for digit, so a
        // quoted amount ("12.50") buys no precision and would only be a second spelling (ADR 019).
        return builder -> builder.addModule(new SimpleModule("portalops-strict-text")
                        .addDeserializer(String.class, new StrictStringDeserializer()))
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
