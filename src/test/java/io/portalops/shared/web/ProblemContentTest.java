package io.portalops.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

/** The one place that says a 4xx answer's body is a problem; the whole document is checked by OpenApiDocumentTest. */
class ProblemContentTest {

    @Test
    void a_4xx_answer_without_a_body_gets_the_problem_body_and_the_others_keep_theirs() {
        Content own = new Content().addMediaType("text/plain", new MediaType().schema(new Schema<>().type("string")));
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("ok"))
                .addApiResponse(
                        "404", new ApiResponse().description("No such thing").content(new Content()))
                .addApiResponse("409", new ApiResponse().description("Stale"))
                .addApiResponse("422", new ApiResponse().description("Own body").content(own));
        OpenAPI document = document(responses, true);

        new ProblemContent().customise(document);

        assertThat(responses.get("200").getContent()).isNull();
        assertThat(responses.get("404").getContent()).isEqualTo(ProblemContent.problem());
        assertThat(responses.get("409").getContent()).isEqualTo(ProblemContent.problem());
        assertThat(responses.get("422").getContent()).isSameAs(own);
        assertThat(ProblemContent.problem()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    @Test
    void a_document_without_the_problem_schema_is_refused_rather_than_left_with_a_dangling_reference() {
        ApiResponses responses =
                new ApiResponses().addApiResponse("404", new ApiResponse().description("No such thing"));

        assertThatThrownBy(() -> new ProblemContent().customise(document(responses, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ProblemDetail");
    }

    private static OpenAPI document(ApiResponses responses, boolean withProblemSchema) {
        Components components = new Components();
        if (withProblemSchema) {
            components.addSchemas("ProblemDetail", new Schema<>().type("object"));
        }
        return new OpenAPI()
                .components(components)
                .paths(new Paths()
                        .addPathItem("/api/things", new PathItem().get(new Operation().responses(responses))));
    }
}
