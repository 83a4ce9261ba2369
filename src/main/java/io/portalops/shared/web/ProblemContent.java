package io.portalops.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every 4xx answer under /api/ is an RFC 9457 problem ({@code ApiExceptionHandler}), so the document says so once,
 * here: a 4xx {@code @ApiResponse} declared with {@code content = @Content} (springdoc's "no body") gets the
 * problem+json body. Leaving {@code content} out would not do: springdoc then documents the method's return type as
 * the body of the error. An answer that declares its own content keeps it.
 */
@Component
class ProblemContent implements OpenApiCustomizer {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "ProblemDetail";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Components components = openApi.getComponents();
        if (components == null
                || components.getSchemas() == null
                || !components.getSchemas().containsKey(SCHEMA)) {
            // @ProblemResponses names ProblemDetail, which is what registers its schema; without it a $ref would
            // dangle.
            throw new IllegalStateException("No " + SCHEMA + " schema in the OpenAPI components");
        }
        openApi.getPaths().values().stream()
                .map(PathItem::readOperations)
                .flatMap(List::stream)
                .map(Operation::getResponses)
                .filter(Objects::nonNull)
                .forEach(responses -> responses.forEach((code, response) -> {
                    if (code.startsWith("4") && isEmpty(response)) {
                        response.setContent(problem());
                    }
                }));
    }

    private static boolean isEmpty(ApiResponse response) {
        return response.get$ref() == null
                && (response.getContent() == null || response.getContent().isEmpty());
    }

    static Content problem() {
        return new Content()
                .addMediaType(
                        MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }
}
