package io.portalops.shared.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/**
 * The three problem answers most bearer-token controllers share, declared once: springdoc reads {@code @ApiResponse}
 * through meta-annotations (it looks them up with Spring's merged-annotation search, on the method and on its class).
 * A controller whose 400, 401 or 403 means something more particular declares its own {@code @ApiResponse} instead.
 * Any other 4xx answer is declared with a code, a description and {@code content = @Content}, and {@link ProblemContent}
 * gives it the problem+json body.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(
        responseCode = "400",
        description = "Invalid input; field errors in 'errors'",
        content =
                @Content(mediaType = ProblemContent.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "401",
        description = "No valid bearer token",
        content =
                @Content(mediaType = ProblemContent.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "403",
        description = "The caller's roles do not allow this",
        content =
                @Content(mediaType = ProblemContent.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public @interface ProblemResponses {}
