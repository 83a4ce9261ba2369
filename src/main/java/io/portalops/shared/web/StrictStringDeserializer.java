package io.portalops.shared.web;

import io.portalops.shared.text.PlainText;
import io.portalops.shared.text.RawText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every JSON string the API binds is checked by {@link PlainText}: NUL, other control characters (but tab, CR and
 * LF) and unpaired surrogates are refused with a 400 naming the field, before any service or database sees them.
 */
class StrictStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        String problem = PlainText.problem(value);
        if (problem != null) {
            throw new RefusedTextException(parser, problem);
        }
        return value;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        if (property != null
                && property.getMember() != null
                && property.getMember().getDeclaringClass().isAnnotationPresent(RawText.class)) {
            return StringDeserializer.instance;
        }
        return this;
    }
}
