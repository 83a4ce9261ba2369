package io.portalops.shared.web;

import io.portalops.shared.db.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Answers the error dispatch of an API request with a problem detail, before security runs on it. Errors raised
 * before a controller is chosen (no such path, a method the path does not take, a malformed multipart body) bypass
 * the controller advice and end in a {@code sendError}; the container then dispatches to {@code /error}, which the
 * UI's security chain answered with 403 or a redirect to the login page, and which rendered HTML or a session.
 */
public class ApiErrorDispatchFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorDispatchFilter.class);

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApi(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            return;
        }
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        if (status >= 500 && causedBy(error, MultipartException.class) != null) {
            // a body over the upload limit keeps its own answer, 413; any other unreadable multipart body is the
            // caller's fault
            status = causedBy(error, MaxUploadSizeExceededException.class) != null ? 413 : 400;
        }
        String allow = response.getHeader("Allow");
        if (status >= 500 && DatabaseUnavailable.causes(error)) {
            // raised before a controller, e.g. while a security filter looked up an API key (docs/reliability.md)
            log.warn(
                    "API request on {} refused, database unavailable",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            ProblemWriter.write(response, 503, "Database unavailable", DatabaseUnavailable.MESSAGE);
            return;
        }
        if (status >= 500) {
            log.error("Unexpected API error on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), error);
        }
        response.resetBuffer();
        ProblemWriter.write(response, status, title(status), detail(status, request, allow));
    }

    static boolean isApi(@Nullable Object uri) {
        // the operations endpoints (docs/ops/observability.md) are machine-facing too: a 404 or 406 there is a problem
        return uri instanceof String path
                && (path.equals("/api")
                        || path.startsWith("/api/")
                        || path.equals("/actuator")
                        || path.startsWith("/actuator/"));
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static String detail(int status, HttpServletRequest request, @Nullable String allow) {
        return switch (status) {
            case 400 -> "The request is malformed: check its body, its Content-Type and its parameters.";
            case 404 -> "No such resource. The operations are listed in /api/docs/openapi.json.";
            case 405 ->
                "This path does not take " + originalMethod(request)
                        + (allow == null ? "." : "; it takes " + allow + ".");
            case 406 -> "The Accept header asks for a type this operation does not produce; ask for application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "This operation does not take that Content-Type.";
            default -> status >= 500 ? "An unexpected error occurred. It has been logged." : "The request was refused.";
        };
    }

    private static String originalMethod(HttpServletRequest request) {
        Object method = request.getAttribute("jakarta.servlet.error.method");
        return method instanceof String text ? text : "this method";
    }

    private static <T extends Throwable> @Nullable T causedBy(@Nullable Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
