package io.portalops.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problems raised before a controller is chosen (a multipart body the parser refuses, a content type no endpoint
 * consumes). {@link ApiExceptionHandler} is limited to our controllers and never sees them, so they used to end as a
 * bare error page (403 from the secured /error). Only API requests are answered here; anything else is left as it was.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRequestProblems {

    private final BodyLimits limits;

    ApiRequestProblems(BodyLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        requireApi(request, e);
        long declared = request.getContentLengthLong();
        if (declared >= 0 && declared <= limits.forRequest(request.getRequestURI(), request.getContentType())) {
            // the parser's "size exceeded" about a body within the limit concerns a part's headers, such as a huge file
            // name
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "Invalid input",
                    "A part's headers are too long: keep the file name under 255 characters.");
        }
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "Request too large",
                "The upload is larger than the limit for this endpoint.");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e, HttpServletRequest request) throws MultipartException {
        requireApi(request, e);
        return problem(
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                "The multipart body could not be read: send the file as multipart/form-data "
                        + "with a part named 'file'.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        requireApi(request, e);
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                "This endpoint accepts " + e.getSupportedMediaTypes() + ", not "
                        + (e.getContentType() == null ? "a body without a type" : e.getContentType()) + ".");
    }

    private static <E extends Exception> void requireApi(HttpServletRequest request, E e) throws E {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
