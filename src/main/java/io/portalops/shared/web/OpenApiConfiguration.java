package io.portalops.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI portalOpsOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("PortalOps API")
                        .version("1")
                        .description(
                                "Machine access to PortalOps. Get a token with POST /api/auth/token and send it as "
                                        + "'Authorization: Bearer <access_token>'. Errors are RFC 9457 problem details (application/problem+json), "
                                        + "field errors in 'errors'.\n\n"
                                        + "Binding is strict (ADR 019): a field the operation does not define, a missing primitive field (e.g. a "
                                        + "boolean), null for a primitive, a fraction for a whole number (1.5 for an id), a quoted number (\"12\", or an amount such as \"12000.00\": send 12000.00), "
                                        + "a number or boolean for a string, or anything after the JSON document is a 400 naming the field. "
                                        + "Strings must not hold NUL or other control characters nor unpaired UTF-16 surrogates; tab, CR "
                                        + "and LF are allowed in multi-line text (notes, reasons, descriptions, addresses) and refused in "
                                        + "one-line fields (names, ids, titles, emails). A string is at most its maxLength. Dates lie in the years 1900 to 2200. Query strings must be valid percent-encoded "
                                        + "UTF-8 without control characters, each parameter given once; sort is 'field' or 'field,asc|desc'. "
                                        + "Ids and other whole numbers in paths and queries are plain decimal (no 0x10, 010 or +1). "
                                        + "Content-Type is one concrete media type (no wildcard)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-API-Key")));
    }
}
