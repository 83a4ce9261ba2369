package io.portalops.shared.web;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.Violations;
import io.portalops.shared.db.DatabaseUnavailable;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is an RFC 9457 problem detail. Field errors travel in an {@code errors} map; internals never do.
 */
@RestControllerAdvice(basePackages = "io.portalops")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(StaleDataException.class)
    ProblemDetail stale(StaleDataException e) {
        return problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentUpdate(ObjectOptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "Edit conflict",
                "Someone else saved this record at the same moment. Reload and try again.");
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        HttpStatus status = HttpStatus.valueOf(e.httpStatus());
        return problem(status, status == HttpStatus.FORBIDDEN ? "Not allowed" : "Conflict", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        problem.setProperty("errors", e.fieldErrors());
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        Violations.forEach(e, errors::putIfAbsent);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are not valid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your roles do not allow this action.");
    }

    /**
     * The safety net behind validation: PostgreSQL's data exceptions (class 22: a value too long, out of range, a NUL
     * byte, a date it cannot hold) are bad input that slipped past a check, so a 400, and the transaction is rolled back.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> dataAccess(DataAccessException e) {
        if (DatabaseUnavailable.causes(e)) {
            return databaseUnavailable(e);
        }
        String state = sqlState(e);
        if (state != null && (state.startsWith("22") || state.equals("23514"))) {
            log.warn(
                    "Bad input reached the database (SQLState {}): {}",
                    state,
                    e.getMostSpecificCause().getMessage());
            return ResponseEntity.badRequest()
                    .body(problem(
                            HttpStatus.BAD_REQUEST,
                            "Invalid input",
                            "A value is too long or out of the range that can be stored. Nothing was changed."));
        }
        return unexpected(e);
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Malformed multipart request",
                "The multipart body cannot be read: check the boundary in Content-Type and the parts.");
    }

    /**
     * Past the security filters every caller is authenticated; a service that needs a signed-in account and meets an
     * API client (a producer key) refuses it here, which is a 403, not a failure.
     */
    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail notAnAccount(AuthenticationException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                "Forbidden",
                "This operation needs a signed-in account; an API key does not allow it.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            return databaseUnavailable(e);
        }
        log.error("Unexpected API error", e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Internal error",
                        "An unexpected error occurred. It has been logged."));
    }

    /** Not a defect but an outage (docs/reliability.md): one line in the log, no stack, and the client retries later. */
    private static ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn(
                "API request refused, database unavailable: {}",
                NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", DatabaseUnavailable.MESSAGE));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a query parameter of a parameter object (PageRequestParams) that is not a number: the same answer as for a
        // plain @RequestParam, rather than the binder's message, which names Java types
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            if (error.isBindingFailure() && error.contains(TypeMismatchException.class)) {
                return handleTypeMismatch(error.unwrap(TypeMismatchException.class), headers, status, request);
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are not valid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body that cannot be bound: the field it is about is named, and what it must be; Java types never appear. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a chunked body cut off by RequestBodyLimitFilter surfaces here, inside the JSON parser's error
        if (RequestBodyLimitFilter.causedBy(e, BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "Request too large",
                            "The request body is larger than the limit for this endpoint."));
        }
        JsonBindingErrors.Error error = JsonBindingErrors.describe(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", error.detail());
        if (error.field() != null) {
            problem.setProperty("errors", Map.of(error.field(), error.message()));
        }
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A query parameter or path variable of the wrong kind: named, without echoing a Java value. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String field = name == null ? "parameter" : name;
        String message = "must be " + JsonBindingErrors.kind(e.getRequiredType()) + ".";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "'" + field + "' " + message);
        problem.setProperty("errors", Map.of(field, message));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Constraints on controller parameters (e.g. a date filter out of range), named per parameter. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.putIfAbsent(name == null ? "parameter" : name, String.valueOf(error.getDefaultMessage()));
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some parameters are not valid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static @Nullable String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
